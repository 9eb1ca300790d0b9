import { requireUser } from '@switchboard/auth-verify';
import type { HttpApp } from '@switchboard/http-kit';
import { tenantPresence } from '../actions/presence.js';
import { setStatus } from '../actions/status.js';
import type { PresenceDeps } from '../deps.js';
import { callerOf, workers } from './sessions.routes.js';
import { agentIdParams, statusBody } from './sessions.schemas.js';

/** Who is online and available (any role reads); setting a shown status. */
export function presenceRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.get('/api/presence', { preHandler: requireUser }, async (request) => ({
    data: await tenantPresence(deps.db, callerOf(request).tenantId),
  }));

  app.put(
    '/api/agents/:id/status',
    { preHandler: workers, schema: { params: agentIdParams, body: statusBody } },
    async (request) => setStatus(deps, callerOf(request), request.params.id, request.body.status),
  );
}
