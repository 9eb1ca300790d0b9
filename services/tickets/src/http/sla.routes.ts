import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { type HttpApp, notFound, offsetOf, toPage, validationFailed } from '@switchboard/http-kit';
import { automateSla } from '../actions/sla-automate.js';
import { toTicket } from '../data/rows.js';
import {
  findCalendar,
  listBreaches,
  listPolicies,
  saveCalendar,
  savePolicy,
} from '../data/sla.repository.js';
import type { TicketsDeps } from '../deps.js';
import { calendarProblems } from '../domain/sla/business-calendar.js';
import { breachesQuery, calendarBody, policyBody } from './sla.schemas.js';
import { callerOf } from './tickets.routes.js';

const managers = requireRole('admin', 'supervisor');

/** SLA policies, the business calendar, breaches and escalation (SPEC §4 "SLA"). */
export function slaRoutes(app: HttpApp, deps: TicketsDeps): void {
  app.get('/api/sla/policies', { preHandler: requireUser }, async (request) => ({
    data: await listPolicies(deps.db, principalOf(request).tenantId),
  }));

  app.post(
    '/api/sla/policies',
    { preHandler: managers, schema: { body: policyBody } },
    async (request, reply) => {
      reply.status(201);
      return savePolicy(deps.db, { tenantId: principalOf(request).tenantId, ...request.body });
    },
  );

  app.put('/api/sla/policies', { preHandler: managers, schema: { body: policyBody } }, async (request) => {
    const { tenantId } = principalOf(request);
    const existing = (await listPolicies(deps.db, tenantId)).find(
      (p) => p.priority === request.body.priority,
    );
    if (!existing) throw notFound(`SLA policy for ${request.body.priority}`);
    return savePolicy(deps.db, { tenantId, ...request.body });
  });

  app.get('/api/sla/calendar', { preHandler: requireUser }, async (request) => {
    const calendar = await findCalendar(deps.db, principalOf(request).tenantId);
    if (!calendar) throw notFound('Business calendar');
    return calendar;
  });

  app.put('/api/sla/calendar', { preHandler: managers, schema: { body: calendarBody } }, async (request) => {
    const problems = calendarProblems(request.body);
    if (problems.length > 0) throw validationFailed(problems.map((message) => ({ field: 'body', message })));
    await saveCalendar(deps.db, principalOf(request).tenantId, request.body);
    return request.body;
  });

  app.get(
    '/api/sla/breaches',
    { preHandler: requireUser, schema: { querystring: breachesQuery } },
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

  app.post('/api/sla/automate', { preHandler: managers }, async (request) =>
    automateSla(deps, callerOf(request)),
  );
}
