import { callerOf, requireRole } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import {
  assignmentProfileOf,
  assignmentSettings,
  changeAssignmentProfile,
  changeAssignmentSettings,
} from '../actions/assignment-settings.js';
import type { TicketsDeps } from '../deps.js';
import {
  agentIdParams,
  agentProfileBody,
  assignmentProfileResponse,
  assignmentSettingsBody,
  assignmentSettingsResponse,
} from './assignment.schemas.js';

const managers = requireRole('admin', 'supervisor');
const settings = jsonResponse("The tenant's auto-assignment settings", assignmentSettingsResponse);
const profile = jsonResponse("The assignment engine's view of the agent", assignmentProfileResponse);

/** Auto-assignment settings and agent profiles (docs/api.md §4.5), for a tenant's admins and supervisors. */
export function assignmentRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/assignment/settings',
    { preHandler: managers, schema: { response: { 200: settings, ...errorResponses(401, 403) } } },
    async (request) => assignmentSettings(deps, callerOf(request)),
  );

  app.put(
    '/api/assignment/settings',
    {
      preHandler: managers,
      schema: { body: assignmentSettingsBody, response: { 200: settings, ...errorResponses(400, 401, 403) } },
    },
    async (request) => changeAssignmentSettings(deps, callerOf(request), request.body),
  );

  app.get(
    '/api/assignment/agents/:id',
    {
      preHandler: managers,
      schema: { params: agentIdParams, response: { 200: profile, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => assignmentProfileOf(deps, callerOf(request), request.params.id),
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
    async (request) => changeAssignmentProfile(deps, callerOf(request), request.params.id, request.body),
  );
}
