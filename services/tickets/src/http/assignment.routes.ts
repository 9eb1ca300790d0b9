import { requireRole } from '@switchboard/auth-verify';
import { type HttpApp, notFound } from '@switchboard/http-kit';
import { findSettings, saveSettings, setAgentProfile } from '../data/assignment-settings.repository.js';
import type { TicketsDeps } from '../deps.js';
import { agentIdParams, agentProfileBody, assignmentSettingsBody } from './assignment.schemas.js';
import { callerOf } from './tickets.routes.js';

const managers = requireRole('admin', 'supervisor');

/** Auto-assignment settings and agent profiles (SPEC §4), for a tenant's admins and supervisors. */
export function assignmentRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get('/api/assignment/settings', { preHandler: managers }, async (request) =>
    findSettings(deps.db, callerOf(request).tenantId),
  );

  app.put(
    '/api/assignment/settings',
    { preHandler: managers, schema: { body: assignmentSettingsBody } },
    async (request) => {
      const caller = callerOf(request);
      await saveSettings(deps.db, caller.tenantId, request.body);
      // Turned on, a higher capacity, another mapping: the queue may move now.
      void deps.assigner.kick(caller.tenantId, caller.correlationId);
      return findSettings(deps.db, caller.tenantId);
    },
  );

  app.put(
    '/api/assignment/agents/:id',
    { preHandler: managers, schema: { params: agentIdParams, body: agentProfileBody } },
    async (request) => {
      const caller = callerOf(request);
      const agent = await setAgentProfile(deps.db, caller.tenantId, request.params.id, request.body);
      if (!agent) throw notFound('Agent');
      void deps.assigner.kick(caller.tenantId, caller.correlationId);
      const { agentId, role, department, capacity, skills } = agent;
      return { agentId, role, department, capacity, skills };
    },
  );
}
