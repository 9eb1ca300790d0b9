import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { attendanceReport, getShiftSettings, putShiftSettings } from '../actions/attendance.js';
import type { PresenceDeps } from '../deps.js';
import {
  attendanceQuery,
  attendanceResponse,
  shiftSettingsBody,
  shiftSettingsResponse,
} from './attendance.schemas.js';

const staff = requireRole('admin', 'supervisor');
const settings = jsonResponse("The tenant's shift settings", shiftSettingsResponse);

/** Tenant shift settings and attendance derived from work sessions. */
export function attendanceRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.get(
    '/api/sessions/settings',
    { preHandler: requireUser, schema: { response: { 200: settings, ...errorResponses(401) } } },
    async (request) => getShiftSettings(deps, callerOf(request)),
  );

  app.put(
    '/api/sessions/settings',
    {
      preHandler: staff,
      schema: { body: shiftSettingsBody, response: { 200: settings, ...errorResponses(400, 401, 403) } },
    },
    async (request) => putShiftSettings(deps, callerOf(request), request.body),
  );

  app.get(
    '/api/sessions/attendance',
    {
      preHandler: requireUser,
      schema: {
        querystring: attendanceQuery,
        response: {
          200: jsonResponse('Each agent’s attendance, day by local day', attendanceResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => attendanceReport(deps, callerOf(request), request.query),
  );
}
