import { requireRole, requireUser } from '@switchboard/auth-verify';
import type { HttpApp } from '@switchboard/http-kit';
import { attendanceReport, getShiftSettings, putShiftSettings } from '../actions/attendance.js';
import type { PresenceDeps } from '../deps.js';
import { attendanceQuery, shiftSettingsBody } from './attendance.schemas.js';
import { callerOf } from './sessions.routes.js';

const staff = requireRole('admin', 'supervisor');

/** Tenant shift settings and attendance derived from work sessions. */
export function attendanceRoutes(app: HttpApp, deps: PresenceDeps): void {
  app.get('/api/sessions/settings', { preHandler: requireUser }, async (request) =>
    getShiftSettings(deps, callerOf(request)),
  );

  app.put(
    '/api/sessions/settings',
    { preHandler: staff, schema: { body: shiftSettingsBody } },
    async (request) => putShiftSettings(deps, callerOf(request), request.body),
  );

  app.get(
    '/api/sessions/attendance',
    { preHandler: requireUser, schema: { querystring: attendanceQuery } },
    async (request) => attendanceReport(deps, callerOf(request), request.query),
  );
}
