import { callerOf, principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, type HttpApp, jsonResponse, pageOf } from '@switchboard/http-kit';
import { z } from 'zod';
import { automateSla } from '../actions/sla-automate.js';
import {
  businessCalendar,
  changeBusinessCalendar,
  createSlaPolicy,
  replaceSlaPolicy,
  slaBreaches,
  slaPolicies,
} from '../actions/sla-settings.js';
import type { TicketsDeps } from '../deps.js';
import {
  automateResponse,
  breachesQuery,
  breachResponse,
  calendarBody,
  calendarResponse,
  policyBody,
  policyResponse,
} from './sla.schemas.js';

const managers = requireRole('admin', 'supervisor');
const policy = (description: string) => jsonResponse(description, policyResponse);
const calendar = (description: string) => jsonResponse(description, calendarResponse);

/** SLA policies, the business calendar, breaches and escalation (docs/api.md §4.7). */
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
    async (request) => slaPolicies(deps, principalOf(request).tenantId),
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
      return createSlaPolicy(deps, principalOf(request).tenantId, request.body);
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
    async (request) => replaceSlaPolicy(deps, principalOf(request).tenantId, request.body),
  );

  app.get(
    '/api/sla/calendar',
    {
      preHandler: requireUser,
      schema: { response: { 200: calendar("The tenant's business calendar"), ...errorResponses(401, 404) } },
    },
    async (request) => businessCalendar(deps, principalOf(request).tenantId),
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
    async (request) => changeBusinessCalendar(deps, principalOf(request).tenantId, request.body),
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
      return slaBreaches(deps, principalOf(request).tenantId, hours, page);
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
