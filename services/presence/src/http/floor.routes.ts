import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse, pageOf, paginationQuery } from '@switchboard/http-kit';
import { acknowledgeBroadcast, listBroadcasts, sendBroadcast } from '../actions/broadcasts.js';
import { listHelpRequests, moveHelpRequest, requestHelp } from '../actions/help-requests.js';
import type { PresenceDeps } from '../deps.js';
import {
  acknowledgementResponse,
  broadcastBody,
  broadcastsPage,
  helpRequestBody,
  helpRequestResponse,
  helpRequestsQuery,
  idParams,
  sentBroadcastResponse,
} from './floor.schemas.js';
import { workers } from './sessions.routes.js';

const staff = requireRole('admin', 'supervisor');
const helpRequest = (description: string) => jsonResponse(description, helpRequestResponse);

/** Broadcasts and help requests (docs/api.md §4.10). */
export function floorRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.post(
    '/api/broadcasts',
    {
      preHandler: staff,
      schema: {
        body: broadcastBody,
        response: {
          201: jsonResponse('The broadcast, sent to its audience', sentBroadcastResponse),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendBroadcast(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/broadcasts',
    {
      preHandler: requireUser,
      schema: {
        querystring: paginationQuery,
        response: {
          200: jsonResponse('A page of broadcasts, newest first', broadcastsPage),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => listBroadcasts(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/broadcasts/:id/ack',
    {
      preHandler: requireUser,
      schema: {
        params: idParams,
        response: {
          200: jsonResponse('The acknowledgement', acknowledgementResponse),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => acknowledgeBroadcast(deps, callerOf(request), request.params.id),
  );

  app.post(
    '/api/help-requests',
    {
      preHandler: requireRole('agent', 'supervisor'),
      schema: {
        body: helpRequestBody,
        response: { 201: helpRequest('The open help request'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await requestHelp(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/help-requests',
    {
      preHandler: workers,
      schema: {
        querystring: helpRequestsQuery,
        response: {
          200: jsonResponse('A page of help requests', pageOf(helpRequestResponse)),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => listHelpRequests(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/help-requests/:id/accept',
    {
      preHandler: staff,
      schema: {
        params: idParams,
        response: {
          200: helpRequest('The help request, accepted'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => moveHelpRequest(deps, callerOf(request), request.params.id, 'accepted'),
  );

  app.post(
    '/api/help-requests/:id/resolve',
    {
      preHandler: workers,
      schema: {
        params: idParams,
        response: {
          200: helpRequest('The help request, resolved'),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => moveHelpRequest(deps, callerOf(request), request.params.id, 'resolved'),
  );
}
