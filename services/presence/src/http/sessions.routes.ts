import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { moveSession, readSessions } from '../actions/sessions.js';
import type { PresenceDeps } from '../deps.js';
import type { Move } from '../domain/moves.js';
import {
  breakStartBody,
  presenceEntryResponse,
  sessionsQuery,
  sessionsResponse,
} from './sessions.schemas.js';

export const workers = requireRole('admin', 'supervisor', 'agent');
const moved = {
  200: jsonResponse("The caller's presence after the move", presenceEntryResponse),
  ...errorResponses(401, 403, 404, 409),
};

const moves: Record<string, Move> = {
  '/api/sessions/clock-in': 'clock_in',
  '/api/sessions/clock-out': 'clock_out',
  '/api/sessions/break/end': 'break_end',
  '/api/sessions/on-call/start': 'on_call_start',
  '/api/sessions/on-call/end': 'on_call_end',
};

/** Work sessions (docs/api.md §4.9): the caller acts on themself. */
export function sessionsRoutes(app: HttpApp, deps: PresenceDeps): void {
  for (const [path, move] of Object.entries(moves)) {
    app.post(path, { preHandler: workers, schema: { response: moved } }, async (request) =>
      moveSession(deps, callerOf(request), move),
    );
  }

  app.post(
    '/api/sessions/break/start',
    { preHandler: workers, schema: { body: breakStartBody, response: { ...moved, ...errorResponses(400) } } },
    async (request) => moveSession(deps, callerOf(request), 'break_start', request.body?.reason ?? null),
  );

  app.get(
    '/api/sessions',
    {
      preHandler: requireUser,
      schema: {
        querystring: sessionsQuery,
        response: {
          200: jsonResponse('Work sessions with their breaks and calls', sessionsResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({ data: await readSessions(deps, callerOf(request), request.query) }),
  );
}
