import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { type HttpApp, offsetOf, toPage } from '@switchboard/http-kit';
import type { FastifyRequest } from 'fastify';
import { type Actor, bulkUpdateAgents, createAgent, getAgent, updateAgent } from '../actions/agents.js';
import { toAgent } from '../data/agent-row.js';
import { type AgentFilters, listUsers, userCounts } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { createAgentBody, updateAgentBody } from '../domain/agent-fields.js';
import { agentStatsOf } from '../domain/agent-stats.js';
import { agentIdParams, bulkUpdateBody, listAgentsQuery, searchAgentsQuery } from './agents.schemas.js';

const actorOf = (request: FastifyRequest): Actor => ({ ...principalOf(request), correlationId: request.id });

/** The agent management API (SPEC §4, reference/002 §2.2). Every query is scoped to the caller's tenant. */
export function agentsRoutes(app: HttpApp, deps: AuthDeps): void {
  const list = async (tenantId: string, filters: AgentFilters, page: { page: number; limit: number }) => {
    const { rows, total } = await listUsers(deps.db, tenantId, filters, page.limit, offsetOf(page));
    return toPage(rows.map(toAgent), total, page);
  };

  app.get(
    '/api/agents',
    { preHandler: requireUser, schema: { querystring: listAgentsQuery } },
    async (request) => list(principalOf(request).tenantId, request.query, request.query),
  );

  app.get(
    '/api/agents/search',
    { preHandler: requireUser, schema: { querystring: searchAgentsQuery } },
    async (request) =>
      list(principalOf(request).tenantId, { ...request.query, search: request.query.q }, request.query),
  );

  app.get('/api/agents/stats', { preHandler: requireUser }, async (request) =>
    agentStatsOf(await userCounts(deps.db, principalOf(request).tenantId)),
  );

  app.get(
    '/api/agents/:id',
    { preHandler: requireUser, schema: { params: agentIdParams } },
    async (request) => getAgent(deps, principalOf(request).tenantId, request.params.id),
  );

  app.post(
    '/api/agents',
    { preHandler: requireRole('admin'), schema: { body: createAgentBody } },
    async (request, reply) => {
      reply.status(201);
      return createAgent(deps, actorOf(request), request.body);
    },
  );

  app.put(
    '/api/agents/bulk',
    { preHandler: requireRole('admin', 'supervisor'), schema: { body: bulkUpdateBody } },
    async (request) => bulkUpdateAgents(deps, actorOf(request), request.body.agentIds, request.body.updates),
  );

  app.put(
    '/api/agents/:id',
    {
      preHandler: requireRole('admin', 'supervisor', 'agent'),
      schema: { params: agentIdParams, body: updateAgentBody },
    },
    async (request) => updateAgent(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/agents/:id',
    { preHandler: requireRole('admin'), schema: { params: agentIdParams } },
    async (request) => {
      await updateAgent(deps, actorOf(request), request.params.id, { isActive: false });
      return { success: true, message: 'Agent deactivated' };
    },
  );
}
