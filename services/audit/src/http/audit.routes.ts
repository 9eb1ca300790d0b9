import { callerOf, requireRole } from '@switchboard/auth-verify';
import { errorResponses, fileResponse, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import { auditExport, auditLog } from '../actions/audit-log.js';
import type { AuditDeps } from '../deps.js';
import { auditCsv } from '../domain/csv.js';
import { auditFilters, auditPage, auditQuery } from './audit.schemas.js';

const admins = requireRole('admin');
const CSV = 'text/csv; charset=utf-8';

/** The audit log (docs/api.md §4.20): admins only. */
export function auditRoutes(app: HttpApp, deps: AuditDeps): void {
  app.get(
    '/api/audit',
    {
      preHandler: admins,
      schema: {
        querystring: auditQuery,
        response: {
          200: jsonResponse('Changes by admins and supervisors, newest first', auditPage),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { page, limit, ...filters } = request.query;
      return auditLog(deps, callerOf(request), filters, { page, limit });
    },
  );

  app.get(
    '/api/audit/export',
    {
      preHandler: admins,
      schema: {
        querystring: auditFilters,
        response: {
          200: fileResponse('The filtered log, as CSV (attachment)', CSV),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const entries = await auditExport(deps, callerOf(request), request.query);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .send(auditCsv(entries));
    },
  );
}
