import { callerOf, requireRole } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse, noContent } from '@switchboard/http-kit';
import { z } from 'zod';
import { createSchedule, listSchedules, removeSchedule } from '../actions/schedules.js';
import type { ReportingDeps } from '../deps.js';
import { scheduleBody, scheduleParams, scheduleResponse } from './jobs.schemas.js';

const staff = requireRole('admin', 'supervisor');

/** Scheduled reports: emailed once per full week or month (docs/reporting.md). */
export function schedulesRoutes(app: HttpApp, deps: ReportingDeps): void {
  const { db } = deps;
  app.post(
    '/api/reports/schedules',
    {
      preHandler: staff,
      schema: {
        body: scheduleBody,
        response: {
          201: jsonResponse('The new schedule', scheduleResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createSchedule(db, callerOf(request), request.body)),
  );

  app.get(
    '/api/reports/schedules',
    {
      preHandler: staff,
      schema: {
        response: {
          200: jsonResponse("The tenant's report schedules", z.object({ data: z.array(scheduleResponse) })),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listSchedules(db, callerOf(request)),
  );

  app.delete(
    '/api/reports/schedules/:id',
    {
      preHandler: staff,
      schema: {
        params: scheduleParams,
        response: { 204: noContent('The schedule is removed'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeSchedule(db, callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
