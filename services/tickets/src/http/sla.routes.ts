import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import {
  errorResponses,
  type HttpApp,
  jsonResponse,
  notFound,
  offsetOf,
  pageOf,
  toPage,
  validationFailed,
} from '@switchboard/http-kit';
import { z } from 'zod';
import { automateSla } from '../actions/sla-automate.js';
import { toTicket } from '../data/rows.js';
import {
  findCalendar,
  listBreaches,
  listPolicies,
  type SlaPolicyRow,
  saveCalendar,
  savePolicy,
} from '../data/sla.repository.js';
import type { TicketsDeps } from '../deps.js';
import { calendarProblems } from '../domain/sla/business-calendar.js';
import {
  automateResponse,
  breachesQuery,
  breachResponse,
  calendarBody,
  calendarResponse,
  policyBody,
  policyResponse,
} from './sla.schemas.js';
import { callerOf } from './tickets.routes.js';

const managers = requireRole('admin', 'supervisor');
const policy = (description: string) => jsonResponse(description, policyResponse);
const calendar = (description: string) => jsonResponse(description, calendarResponse);

const toPolicy = (row: SlaPolicyRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

/** SLA policies, the business calendar, breaches and escalation (SPEC §4 "SLA"). */
export function slaRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get(
    '/api/sla/policies',
    {
      preHandler: requireUser,
      schema: {
        response: {
          200: jsonResponse(
            "The tenant's SLA policies, one per priority",
            z.object({ data: z.array(policyResponse) }),
          ),
          ...errorResponses(401),
        },
      },
    },
    async (request) => ({ data: (await listPolicies(deps.db, principalOf(request).tenantId)).map(toPolicy) }),
  );

  app.post(
    '/api/sla/policies',
    {
      preHandler: managers,
      schema: {
        body: policyBody,
        response: { 201: policy('The policy as saved'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return toPolicy(
        await savePolicy(deps.db, { tenantId: principalOf(request).tenantId, ...request.body }),
      );
    },
  );

  app.put(
    '/api/sla/policies',
    {
      preHandler: managers,
      schema: {
        body: policyBody,
        response: { 200: policy('The policy as saved'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const existing = (await listPolicies(deps.db, tenantId)).find(
        (p) => p.priority === request.body.priority,
      );
      if (!existing) throw notFound(`SLA policy for ${request.body.priority}`);
      return toPolicy(await savePolicy(deps.db, { tenantId, ...request.body }));
    },
  );

  app.get(
    '/api/sla/calendar',
    {
      preHandler: requireUser,
      schema: { response: { 200: calendar("The tenant's business calendar"), ...errorResponses(401, 404) } },
    },
    async (request) => {
      const calendar = await findCalendar(deps.db, principalOf(request).tenantId);
      if (!calendar) throw notFound('Business calendar');
      return calendar;
    },
  );

  app.put(
    '/api/sla/calendar',
    {
      preHandler: managers,
      schema: {
        body: calendarBody,
        response: { 200: calendar('The calendar as saved'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const problems = calendarProblems(request.body);
      if (problems.length > 0)
        throw validationFailed(problems.map((message) => ({ field: 'body', message })));
      await saveCalendar(deps.db, principalOf(request).tenantId, request.body);
      return request.body;
    },
  );

  app.get(
    '/api/sla/breaches',
    {
      preHandler: requireUser,
      schema: {
        querystring: breachesQuery,
        response: {
          200: jsonResponse('A page of SLA breaches within the last `hours`', pageOf(breachResponse)),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      const { hours, ...page } = request.query;
      const { rows, total } = await listBreaches(
        deps.db,
        principalOf(request).tenantId,
        hours,
        page.limit,
        offsetOf(page),
      );
      const data = rows.map(({ breach, ticket }) => ({
        id: breach.id,
        ticketId: breach.ticketId,
        target: breach.target,
        crossedAt: breach.crossedAt.toISOString(),
        clockStartedAt: breach.clockStartedAt.toISOString(),
        ticket: toTicket(ticket, null),
      }));
      return toPage(data, total, page);
    },
  );

  app.post(
    '/api/sla/automate',
    {
      preHandler: managers,
      schema: {
        response: {
          200: jsonResponse('What each breached open ticket got: one escalation rung', automateResponse),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => automateSla(deps, callerOf(request)),
  );
}
