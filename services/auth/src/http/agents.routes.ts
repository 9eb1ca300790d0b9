import { callerOf, principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { agentDetailsSchema } from '@switchboard/contracts';
import { errorResponses, type HttpApp, jsonResponse, pageOf } from '@switchboard/http-kit';
import {
  agentStats,
  bulkUpdateAgents,
  createAgent,
  getAgent,
  listAgents,
  updateAgent,
} from '../actions/agents.js';
import type { AuthDeps } from '../deps.js';
import { createAgentBody, updateAgentBody } from '../domain/agent-fields.js';
import {
  agentIdParams,
  agentStatsResponse,
  bulkUpdateBody,
  bulkUpdateResponse,
  deactivatedResponse,
  listAgentsQuery,
  searchAgentsQuery,
} from './agents.schemas.js';

const agentsPage = jsonResponse("A page of the tenant's agents", pageOf(agentDetailsSchema));
const agent = (description: string) => jsonResponse(description, agentDetailsSchema);

/** The agent management API (docs/api.md §4.2, §8.2). Every query is scoped to the caller's tenant. */
export function agentsRoutes(app: HttpApp, deps: AuthDeps): void {
  app.get(
    '/api/agents',
    {
      preHandler: requireUser,
      schema: { querystring: listAgentsQuery, response: { 200: agentsPage, ...errorResponses(400, 401) } },
    },
    async (request) => listAgents(deps, principalOf(request).tenantId, request.query, request.query),
  );

  app.get(
    '/api/agents/search',
    {
      preHandler: requireUser,
      schema: { querystring: searchAgentsQuery, response: { 200: agentsPage, ...errorResponses(400, 401) } },
    },
    async (request) =>
      listAgents(
        deps,
        principalOf(request).tenantId,
        { ...request.query, search: request.query.q },
        request.query,
      ),
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
    async (request) => agentStats(deps, principalOf(request).tenantId),
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
      return createAgent(deps, callerOf(request), request.body);
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
    async (request) => bulkUpdateAgents(deps, callerOf(request), request.body.agentIds, request.body.updates),
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
    async (request) => updateAgent(deps, callerOf(request), request.params.id, request.body),
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
      await updateAgent(deps, callerOf(request), request.params.id, { isActive: false });
      return { success: true, message: 'Agent deactivated' };
    },
  );
}
