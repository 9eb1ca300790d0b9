import { requireRole, requireUser } from '@switchboard/auth-verify';
import { type HttpApp, paginationQuery } from '@switchboard/http-kit';
import { acknowledgeBroadcast, listBroadcasts, sendBroadcast } from '../actions/broadcasts.js';
import { listHelpRequests, moveHelpRequest, requestHelp } from '../actions/help-requests.js';
import type { PresenceDeps } from '../deps.js';
import { broadcastBody, helpRequestBody, helpRequestsQuery, idParams } from './floor.schemas.js';
import { callerOf, workers } from './sessions.routes.js';

const staff = requireRole('admin', 'supervisor');

/** Broadcasts and help requests (SPEC §4 "Broadcasts", "Help requests"). */
export function floorRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.post(
    '/api/broadcasts',
    { preHandler: staff, schema: { body: broadcastBody } },
    async (request, reply) =>
      reply.code(201).send(await sendBroadcast(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/broadcasts',
    { preHandler: requireUser, schema: { querystring: paginationQuery } },
    async (request) => listBroadcasts(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/broadcasts/:id/ack',
    { preHandler: requireUser, schema: { params: idParams } },
    async (request) => acknowledgeBroadcast(deps, callerOf(request), request.params.id),
  );

  app.post(
    '/api/help-requests',
    { preHandler: requireRole('agent', 'supervisor'), schema: { body: helpRequestBody } },
    async (request, reply) => reply.code(201).send(await requestHelp(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/help-requests',
    { preHandler: workers, schema: { querystring: helpRequestsQuery } },
    async (request) => listHelpRequests(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/help-requests/:id/accept',
    { preHandler: staff, schema: { params: idParams } },
    async (request) => moveHelpRequest(deps, callerOf(request), request.params.id, 'accepted'),
  );

  app.post(
    '/api/help-requests/:id/resolve',
    { preHandler: workers, schema: { params: idParams } },
    async (request) => moveHelpRequest(deps, callerOf(request), request.params.id, 'resolved'),
  );
}
