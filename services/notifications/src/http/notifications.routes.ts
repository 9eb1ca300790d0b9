import { callerOf, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { listInbox, readAll, readOne } from '../actions/inbox.js';
import type { NotificationsDeps } from '../deps.js';
import {
  inboxQuery,
  inboxResponse,
  notificationParams,
  readAllResponse,
  readResponse,
} from './notifications.schemas.js';

/** The caller's notification inbox (docs/api.md §4.18): nobody reads or marks another's. */
export function notificationRoutes(app: HttpApp, deps: NotificationsDeps): void {
  app.get(
    '/api/notifications',
    {
      preHandler: requireUser,
      schema: {
        querystring: inboxQuery,
        response: {
          200: jsonResponse("The caller's notifications, newest first", inboxResponse),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => listInbox(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/notifications/read-all',
    {
      preHandler: requireUser,
      schema: {
        response: { 200: jsonResponse('How many were marked read', readAllResponse), ...errorResponses(401) },
      },
    },
    async (request) => readAll(deps, callerOf(request)),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      preHandler: requireUser,
      schema: {
        params: notificationParams,
        response: {
          200: jsonResponse('The notification, read', readResponse),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => readOne(deps, callerOf(request), request.params.id),
  );
}
