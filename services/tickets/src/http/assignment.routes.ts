import { requireRole } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse, notFound } from '@switchboard/http-kit';
import { saveAssignmentSettings, setAgentCapacity } from '../actions/capacity.js';
import { type AgentRow, findAgent } from '../data/agents.repository.js';
import { findSettings } from '../data/assignment-settings.repository.js';
import type { TicketsDeps } from '../deps.js';
import { isReady } from '../domain/assignment.js';
import {
  agentIdParams,
  agentProfileBody,
  assignmentProfileResponse,
  assignmentSettingsBody,
  assignmentSettingsResponse,
} from './assignment.schemas.js';
import { callerOf } from './tickets.routes.js';

const managers = requireRole('admin', 'supervisor');
const settings = jsonResponse("The tenant's auto-assignment settings", assignmentSettingsResponse);
const profile = jsonResponse("The assignment engine's view of the agent", assignmentProfileResponse);

/** Auto-assignment settings and agent profiles (SPEC §4), for a tenant's admins and supervisors. */
export function assignmentRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/assignment/settings',
    { preHandler: managers, schema: { response: { 200: settings, ...errorResponses(401, 403) } } },
    async (request) => findSettings(deps.db, callerOf(request).tenantId),
  );

  app.put(
    '/api/assignment/settings',
    {
      preHandler: managers,
      schema: { body: assignmentSettingsBody, response: { 200: settings, ...errorResponses(400, 401, 403) } },
    },
    async (request) => {
      const caller = callerOf(request);
      await saveAssignmentSettings(deps, caller, request.body);
      // Turned on, a higher capacity, another mapping: the queue may move now.
      void deps.assigner.kick(caller.tenantId, caller.correlationId);
      return findSettings(deps.db, caller.tenantId);
    },
  );

  // The engine's own view of an agent: whether presence's facts have made them ready for work yet.
  app.get(
    '/api/assignment/agents/:id',
    {
      preHandler: managers,
      schema: { params: agentIdParams, response: { 200: profile, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => {
      const agent = await findAgent(deps.db, callerOf(request).tenantId, request.params.id);
      if (!agent) throw notFound('Agent');
      return assignmentProfile(agent);
    },
  );

  app.put(
    '/api/assignment/agents/:id',
    {
      preHandler: managers,
      schema: {
        params: agentIdParams,
        body: agentProfileBody,
        response: { 200: profile, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const agent = await setAgentCapacity(deps, caller, request.params.id, request.body);
      if (!agent) throw notFound('Agent');
      void deps.assigner.kick(caller.tenantId, caller.correlationId);
      return assignmentProfile(agent);
    },
  );
}

function assignmentProfile(agent: AgentRow) {
  const { agentId, role, department, capacity, skills } = agent;
  return { agentId, role, department, capacity, skills, readyForWork: isReady(agent) };
}
