import { principalOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { errorResponses, forbidden, type HttpApp, jsonResponse } from '@switchboard/http-kit';
import type { FastifyRequest } from 'fastify';
import { agentPerformance, agentReport } from '../actions/agent-reports.js';
import { liveDashboard } from '../actions/dashboard.js';
import { rebuildTenant } from '../actions/rebuild.js';
import { teamReport, trendsReport } from '../actions/team-reports.js';
import type { ReportingDeps } from '../deps.js';
import {
  agentParams,
  agentReportResponse,
  dashboardResponse,
  performanceQuery,
  performanceResponse,
  rebuildResponse,
  reportQuery,
  teamReportResponse,
  trendsQuery,
  trendsResponse,
} from './reports.schemas.js';

/** docs/api.md §3: supervisors, admins and viewers read every report of their tenant. */
const readers = requireRole('admin', 'supervisor', 'viewer');

/** An agent reads only their own report (403 for anyone else's, as presence answers for sessions). */
function askedAgent(request: FastifyRequest, agentId: string) {
  const caller = principalOf(request);
  if (caller.role === 'agent' && caller.userId !== agentId)
    throw forbidden('Agents see only their own reports');
  return { tenantId: caller.tenantId, agentId };
}

/** The reports of docs/api.md §4.11; each reads only the caller's tenant. */
export function reportsRoutes(app: HttpApp, deps: ReportingDeps): void {
  const { db } = deps;
  app.get(
    '/api/reports/dashboard',
    {
      preHandler: readers,
      schema: {
        response: {
          200: jsonResponse("Today's live figures", dashboardResponse),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => liveDashboard(db, principalOf(request).tenantId),
  );

  app.get(
    '/api/reports/agents/:id',
    {
      preHandler: requireUser,
      schema: {
        params: agentParams,
        querystring: reportQuery,
        response: {
          200: jsonResponse("The agent's report: totals and each local day", agentReportResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { tenantId, agentId } = askedAgent(request, request.params.id);
      return agentReport(db, tenantId, agentId, request.query);
    },
  );

  app.get(
    '/api/agents/:id/performance',
    {
      preHandler: requireUser,
      schema: {
        params: agentParams,
        querystring: performanceQuery,
        response: {
          200: jsonResponse("The agent's daily performance", performanceResponse),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { tenantId, agentId } = askedAgent(request, request.params.id);
      return agentPerformance(db, tenantId, agentId, request.query);
    },
  );

  app.get(
    '/api/reports/team',
    {
      preHandler: readers,
      schema: {
        querystring: reportQuery,
        response: {
          200: jsonResponse('The team report: totals and each agent', teamReportResponse),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => teamReport(db, principalOf(request).tenantId, request.query),
  );

  app.get(
    '/api/reports/trends',
    {
      preHandler: readers,
      schema: {
        querystring: trendsQuery,
        response: {
          200: jsonResponse('Ticket figures per bucket of local time', trendsResponse),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => trendsReport(db, principalOf(request).tenantId, request.query, request.query.interval),
  );

  // Replays the caller's tenant only: one tenant's admin never rebuilds another's numbers.
  app.post(
    '/api/reports/rebuild',
    {
      preHandler: requireRole('admin'),
      schema: {
        response: {
          200: jsonResponse("The tenant's read models, rebuilt from its stored events", rebuildResponse),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => rebuildTenant(db, principalOf(request).tenantId),
  );
}
