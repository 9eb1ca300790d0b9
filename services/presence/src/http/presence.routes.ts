import { callerOf, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { z } from 'zod';
import { agentActivity } from '../actions/activity.js';
import { tenantPresence } from '../actions/presence.js';
import { setStatus } from '../actions/status.js';
import type { PresenceDeps } from '../deps.js';
import { workers } from './sessions.routes.js';
import {
  activityQuery,
  activityResponse,
  agentIdParams,
  presenceEntryResponse,
  statusBody,
} from './sessions.schemas.js';

/** Who is online and available (any role reads); setting a shown status; an agent's timeline. */
export function presenceRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.get(
    '/api/presence',
    {
      preHandler: requireUser,
      schema: {
        response: {
          200: jsonResponse(
            "Every active agent's presence",
            z.object({ data: z.array(presenceEntryResponse) }),
          ),
          ...errorResponses(401),
        },
      },
    },
    async (request) => ({ data: await tenantPresence(deps.db, callerOf(request).tenantId) }),
  );

  app.put(
    '/api/agents/:id/status',
    {
      preHandler: workers,
      schema: {
        params: agentIdParams,
        body: statusBody,
        response: {
          200: jsonResponse("The agent's presence with the new status", presenceEntryResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => setStatus(deps, callerOf(request), request.params.id, request.body.status),
  );

  app.get(
    '/api/agents/:id/activity',
    {
      preHandler: requireUser,
      schema: {
        params: agentIdParams,
        querystring: activityQuery,
        response: {
          200: jsonResponse("The agent's activity timeline, newest first", activityResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => agentActivity(deps, callerOf(request), request.params.id, request.query.days),
  );
}
