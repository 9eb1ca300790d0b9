import { callerOf } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse, pageOf, paginationQuery } from '@switchboard/http-kit';
import { helpThread, postHelpMessage } from '../actions/help-thread.js';
import type { PresenceDeps } from '../deps.js';
import { helpMessageBody, helpMessageResponse, idParams } from './floor.schemas.js';
import { workers } from './sessions.routes.js';

/** A help request's thread (docs/api.md §4.10): the asker and the tenant's supervisors. */
export function helpThreadRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.get(
    '/api/help-requests/:id/messages',
    {
      preHandler: workers,
      schema: {
        params: idParams,
        querystring: paginationQuery,
        response: {
          200: jsonResponse('The thread, oldest first', pageOf(helpMessageResponse)),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => helpThread(deps, callerOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/help-requests/:id/messages',
    {
      preHandler: workers,
      schema: {
        params: idParams,
        body: helpMessageBody,
        response: {
          201: jsonResponse('The message, posted in the thread', helpMessageResponse),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await postHelpMessage(deps, callerOf(request), request.params.id, request.body.body)),
  );
}
