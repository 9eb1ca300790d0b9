import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { jobSchema } from '@switchboard/contracts';
import {
  errorResponses,
  fileResponse,
  type HttpApp,
  jsonResponse,
  notFound,
  pageOf,
} from '@switchboard/http-kit';
import {
  exportFileOf,
  jobOf,
  jobsOf,
  requestEmail,
  requestExport,
  requestNotification,
  retryFailedJob,
} from '../actions/report-jobs.js';
import type { ReportingDeps } from '../deps.js';
import { XLSX } from '../jobs/report-jobs.js';
import {
  emailBody,
  exportBody,
  jobParams,
  jobsQuery,
  notificationBody,
  queuedResponse,
} from './jobs.schemas.js';

/** Sending mail is a supervisor's or an admin's (docs/api.md §8.1: supervisors send communications). */
const staff = requireRole('admin', 'supervisor');
/** Viewers are read-only: they list and download, never retry. */
const actors = requireRole('admin', 'supervisor', 'agent');
const queued = (description: string) => jsonResponse(description, queuedResponse);

/** Exports, report emails and the jobs that run them (docs/api.md §4.12). */
export function jobsRoutes(app: HttpApp, deps: ReportingDeps): void {
  const { db } = deps;
  app.post(
    '/api/reports/export',
    {
      preHandler: requireUser,
      schema: {
        body: exportBody,
        response: { 202: queued('The export job is queued'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await requestExport(db, callerOf(request), request.body)),
  );

  app.post(
    '/api/reports/email',
    {
      preHandler: staff,
      schema: {
        body: emailBody,
        response: { 202: queued('The email job is queued'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await requestEmail(db, callerOf(request), request.body)),
  );

  app.post(
    '/api/jobs',
    {
      preHandler: staff,
      schema: {
        body: notificationBody,
        response: {
          202: queued('The NOTIFICATION job is queued; it sends the broadcast'),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await requestNotification(db, callerOf(request), request.body)),
  );

  app.get(
    '/api/jobs',
    {
      preHandler: requireUser,
      schema: {
        querystring: jobsQuery,
        response: {
          200: jsonResponse(
            "A page of the caller's jobs (every job of the tenant for admins)",
            pageOf(jobSchema),
          ),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => jobsOf(db, callerOf(request), request.query),
  );

  app.get(
    '/api/jobs/:id',
    {
      preHandler: requireUser,
      schema: {
        params: jobParams,
        response: { 200: jsonResponse('The job', jobSchema), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => jobOf(db, callerOf(request), request.params.id),
  );

  app.post(
    '/api/jobs/:id/retry',
    {
      preHandler: actors,
      schema: {
        params: jobParams,
        response: {
          202: jsonResponse('The failed job, queued again', jobSchema),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await retryFailedJob(db, callerOf(request), request.params.id)),
  );

  app.get(
    '/api/jobs/:id/download',
    {
      preHandler: requireUser,
      schema: {
        params: jobParams,
        response: {
          200: fileResponse('The exported report, as an Excel workbook (attachment)', XLSX),
          ...errorResponses(400, 401, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const file = await exportFileOf(db, callerOf(request), request.params.id, deps.config.JOB_FILES_DIR);
      // Files live on the disk of the process that wrote them (docs/reporting.md, "Files").
      await access(file.path).catch(() => {
        throw notFound('Export file');
      });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(createReadStream(file.path));
    },
  );
}
