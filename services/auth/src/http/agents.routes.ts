import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { agentSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, offsetOf, pageOf, toPage } from '@switchboard/http-kit';
import type { FastifyRequest } from 'fastify';
import { type Actor, bulkUpdateAgents, createAgent, getAgent, updateAgent } from '../actions/agents.js';
import { toAgent } from '../data/agent-row.js';
import { type AgentFilters, listUsers, userCounts } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { createAgentBody, updateAgentBody } from '../domain/agent-fields.js';
import { agentStatsOf } from '../domain/agent-stats.js';
import {
  agentIdParams,
  agentStatsResponse,
  bulkUpdateBody,
  bulkUpdateResponse,
  deactivatedResponse,
  listAgentsQuery,
  searchAgentsQuery,
} from './agents.schemas.js';

const agentsPage = jsonResponse("A page of the tenant's agents", pageOf(agentSchema));
const agent = (description: string) => jsonResponse(description, agentSchema);

const actorOf = (request: FastifyRequest): Actor => ({ ...principalOf(request), correlationId: request.id });

/** The agent management API (SPEC §4, reference/002 §2.2). Every query is scoped to the caller's tenant. */
export function agentsRoutes(app: HttpApp, deps: AuthDeps): void {
  const list = async (tenantId: string, filters: AgentFilters, page: { page: number; limit: number }) => {
    const { rows, total } = await listUsers(deps.db, tenantId, filters, page.limit, offsetOf(page));
    return toPage(rows.map(toAgent), total, page);
  };

  app.get(
    '/api/agents',
    {
      preHandler: requireUser,
      schema: { querystring: listAgentsQuery, response: { 200: agentsPage, ...errorResponses(400, 401) } },
    },
    async (request) => list(principalOf(request).tenantId, request.query, request.query),
  );

  app.get(
    '/api/agents/search',
    {
      preHandler: requireUser,
      schema: { querystring: searchAgentsQuery, response: { 200: agentsPage, ...errorResponses(400, 401) } },
    },
    async (request) =>
      list(principalOf(request).tenantId, { ...request.query, search: request.query.q }, request.query),
  );

  app.get(
    '/api/agents/stats',
    {
      preHandler: requireUser,
      schema: {
        response: {
          200: jsonResponse("Counts of the tenant's agents", agentStatsResponse),
          ...errorResponses(401),
        },
      },
    },
    async (request) => agentStatsOf(await userCounts(deps.db, principalOf(request).tenantId)),
  );

  app.get(
    '/api/agents/:id',
    {
      preHandler: requireUser,
      schema: {
        params: agentIdParams,
        response: { 200: agent('The agent'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getAgent(deps, principalOf(request).tenantId, request.params.id),
  );

  app.post(
    '/api/agents',
    {
      preHandler: requireRole('admin'),
      schema: {
        body: createAgentBody,
        response: { 201: agent('The new agent'), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createAgent(deps, actorOf(request), request.body);
    },
  );

  app.put(
    '/api/agents/bulk',
    {
      preHandler: requireRole('admin', 'supervisor'),
      schema: {
        body: bulkUpdateBody,
        response: {
          200: jsonResponse('What was updated, and why any agent was not', bulkUpdateResponse),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => bulkUpdateAgents(deps, actorOf(request), request.body.agentIds, request.body.updates),
  );

  app.put(
    '/api/agents/:id',
    {
      preHandler: requireRole('admin', 'supervisor', 'agent'),
      schema: {
        params: agentIdParams,
        body: updateAgentBody,
        response: { 200: agent('The agent as updated'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateAgent(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/agents/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        params: agentIdParams,
        response: {
          200: jsonResponse('Deactivated (a soft delete)', deactivatedResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      await updateAgent(deps, actorOf(request), request.params.id, { isActive: false });
      return { success: true, message: 'Agent deactivated' };
    },
  );
}
