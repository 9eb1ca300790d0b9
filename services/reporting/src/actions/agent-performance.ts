import { type EventContext, noPerformance, uuidv7 } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  handledTotals,
  openTicketsByAgent,
  pushedPerformance,
  savePushedPerformance,
} from '../data/performance.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { workIn } from '../data/work.repository.js';
import { agentPerformanceOf, changedMetrics } from '../domain/agent-performance.js';
import { noWork, workOf } from '../domain/agent-report.js';
import { periodOf, windowOf } from '../domain/periods.js';
import { ticketMetricsOf } from '../domain/ticket-metrics.js';
import { teamReport } from './team-reports.js';

/**
 * The performance now of every agent of today's team report (the floor, and whoever worked
 * tickets today) and of `others` (those announced before: their *Today numbers fall back to 0).
 */
export async function agentPerformances(tx: Tx, tenantId: string, now: Date, others: Iterable<string> = []) {
  const { timeZone } = await settingsOf(tx, tenantId);
  const today = await teamReport(tx, tenantId, todayOf(timeZone, now), now);
  const [recentWork, open, handled] = await Promise.all([
    workIn(tx, tenantId, windowOf(timeZone, periodOf({ period: 'monthly' }, timeZone, now))),
    openTicketsByAgent(tx, tenantId),
    handledTotals(tx, tenantId),
  ]);
  const idle = { ...ticketMetricsOf(noWork()), onlineSeconds: 0 };
  const rows = new Map(today.agents.map((row) => [row.agent.id, row]));
  const ids = new Set([...rows.keys(), ...others]);
  return new Map(
    [...ids].map((id) => {
      const row = rows.get(id) ?? idle;
      const performance = agentPerformanceOf({
        today: row,
        onlineSecondsToday: row.onlineSeconds,
        recent: ticketMetricsOf(workOf(recentWork, id)),
        currentTickets: open.get(id) ?? 0,
        totalTicketsHandled: handled.get(id) ?? 0,
      });
      return [id, performance] as const;
    }),
  );
}

const todayOf = (timeZone: string, now: Date) => {
  const { to } = periodOf({}, timeZone, now);
  return { from: to, to };
};

/**
 * Announces each metric that changed since the last announcement (before the first: since an
 * agent with no work) as agent.performance_changed, one event per metric, in `tx`. `read` runs
 * the report queries (the pool, so they run in parallel).
 */
export async function announcePerformance(tx: Tx, read: Tx, tenantId: string, now: Date): Promise<void> {
  const pushed = await pushedPerformance(tx, tenantId);
  const current = await agentPerformances(read, tenantId, now, pushed.keys());
  const origin: EventContext = { tenantId, correlationId: `performance-${uuidv7()}` };
  for (const [agentId, performance] of current) {
    const changed = changedMetrics(pushed.get(agentId) ?? noPerformance, performance);
    for (const metric of changed) {
      const [value, timestamp] = [performance[metric], now.toISOString()];
      await recordEvent(tx, origin, 'agent.performance_changed', {
        agentId,
        metric,
        value,
        timestamp,
        performance,
      });
    }
    if (changed.length > 0) await savePushedPerformance(tx, tenantId, agentId, performance, now);
  }
}
