import { notFoundError } from '@switchboard/contracts';
import { createdAtOf, findAgent } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { timelinesOf } from '../data/marks.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { handlingOf, workIn } from '../data/work.repository.js';
import { agentReportOf } from '../domain/agent-report.js';
import { type PeriodQuery, periodOf, windowOf } from '../domain/periods.js';

/**
 * One agent's report over the asked local days of the tenant: per-day rows, totals and the
 * performance level (docs/api.md §4.11). Callable from HTTP and from exports alike; 404 for an agent the
 * tenant does not have.
 */
export async function agentReport(
  tx: Tx,
  tenantId: string,
  agentId: string,
  asked: PeriodQuery,
  now = new Date(),
) {
  const agent = await findAgent(tx, tenantId, agentId);
  if (!agent) throw notFoundError('Agent');
  const settings = await settingsOf(tx, tenantId);
  const period = periodOf(asked, settings.timeZone, now);
  const window = windowOf(settings.timeZone, period);
  const [work, timelines, handling, created] = await Promise.all([
    workIn(tx, tenantId, window, agentId),
    timelinesOf(tx, tenantId, [agentId], window),
    handlingOf(tx, tenantId, [agentId], window, now),
    createdAtOf(tx, tenantId, [agentId]),
  ]);
  const time = {
    timeline: timelines.get(agentId) ?? { sessions: [], statuses: [] },
    handling: handling.get(agentId) ?? [],
    createdAt: created.get(agentId) ?? null,
  };
  return {
    agent,
    period: { ...period, timeZone: settings.timeZone },
    ...agentReportOf(settings, period, work, time, now),
  };
}

const minutes2 = (seconds: number | null) =>
  seconds === null ? null : Math.round((seconds / 60) * 100) / 100;

/**
 * GET /api/agents/:id/performance: the daily rows of docs/api.md §8.2, in
 * its units: response time in minutes, online time in hours.
 */
export async function agentPerformance(
  tx: Tx,
  tenantId: string,
  agentId: string,
  asked: PeriodQuery,
  now = new Date(),
) {
  const report = await agentReport(tx, tenantId, agentId, asked, now);
  return {
    data: report.days.map((d) => ({
      agentId,
      date: d.date,
      messagesHandled: d.messagesSent,
      avgResponseTime: minutes2(d.firstResponseTime.avg),
      customerSatisfaction: d.csat.average,
      ticketsResolved: d.ticketsResolved,
      onlineHours: Math.round((d.onlineSeconds / 3600) * 100) / 100,
      slaCompliance: d.slaCompliance,
    })),
  };
}
