import { type AgentPerformance, type EventContext, noPerformance, uuidv7 } from '@switchboard/contracts';
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
import { workOf } from '../domain/agent-report.js';
import { periodOf, windowOf } from '../domain/periods.js';
import { ticketMetricsOf } from '../domain/ticket-metrics.js';
import { teamReport } from './team-reports.js';

/** Every agent of the team report's today, with their performance now. */
export async function agentPerformances(tx: Tx, tenantId: string, now: Date) {
  const { timeZone } = await settingsOf(tx, tenantId);
  const today = await teamReport(tx, tenantId, todayOf(timeZone, now), now);
  const [recentWork, open, handled] = await Promise.all([
    workIn(tx, tenantId, windowOf(timeZone, periodOf({ period: 'monthly' }, timeZone, now))),
    openTicketsByAgent(tx, tenantId),
    handledTotals(tx, tenantId),
  ]);
  return new Map(
    today.agents.map((row) => [
      row.agent.id,
      agentPerformanceOf({
        today: row,
        onlineSecondsToday: row.onlineSeconds,
        recent: ticketMetricsOf(workOf(recentWork, row.agent.id)),
        currentTickets: open.get(row.agent.id) ?? 0,
        totalTicketsHandled: handled.get(row.agent.id) ?? 0,
      }),
    ]),
  );
}

const todayOf = (timeZone: string, now: Date) => {
  const { to } = periodOf({}, timeZone, now);
  return { from: to, to };
};

/**
 * Announces each metric that changed since the last announcement (before the first: since an
 * agent with no work) as agent.performance_changed, one event per metric, in `tx`. `read` runs
 * the report queries (the pool, so they run in parallel). Returns how many events went out.
 */
export async function announcePerformance(tx: Tx, read: Tx, tenantId: string, now: Date): Promise<number> {
  const [current, pushed] = await Promise.all([
    agentPerformances(read, tenantId, now),
    pushedPerformance(tx, tenantId),
  ]);
  const origin: EventContext = { tenantId, correlationId: `performance-${uuidv7()}` };
  let sent = 0;
  for (const [agentId, performance] of current) {
    const changed = changedMetrics(pushed.get(agentId) ?? noPerformance, performance);
    if (changed.length === 0) continue;
    for (const metric of changed) {
      const value = performance[metric] as AgentPerformance[typeof metric];
      const timestamp = now.toISOString();
      await recordEvent(tx, origin, 'agent.performance_changed', {
        agentId,
        metric,
        value,
        timestamp,
        performance,
      });
    }
    await savePushedPerformance(tx, tenantId, agentId, performance, now);
    sent += changed.length;
  }
  return sent;
}
