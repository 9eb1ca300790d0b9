import type { ShiftSettings } from '@switchboard/time';
import {
  type AgentTime,
  daysOf,
  dayTimesOf,
  levelOf,
  type Period,
  timeTotalsOf,
  workOf,
} from './agent-report.js';
import type { DayTime } from './agent-time.js';
import { ticketMetricsOf, type Work } from './ticket-metrics.js';

export type AgentProfile = {
  id: string;
  fullName: string;
  department: string | null;
  role: string;
  isActive: boolean;
};

/**
 * The team report (docs/api.md §4.11): a row per agent over the whole period, and team totals. The totals'
 * ticket numbers are over all of the tenant's work (a resolution by someone without a row counts
 * too); their time numbers add up the rows.
 */
export function teamReportOf(
  settings: ShiftSettings,
  period: Period,
  agents: readonly AgentProfile[],
  work: Work,
  times: ReadonlyMap<string, AgentTime>,
  now: Date,
) {
  const dates = daysOf(period);
  const allDays: DayTime[] = [];
  const rows = agents.map((agent) => {
    const time = times.get(agent.id) ?? { timeline: { sessions: [], statuses: [] }, handling: [] };
    const days = dayTimesOf(settings, dates, time, now);
    allDays.push(...days);
    const metrics = ticketMetricsOf(workOf(work, agent.id));
    return { agent, performanceLevel: levelOf(metrics), ...metrics, ...timeTotalsOf(days) };
  });
  return { totals: { ...ticketMetricsOf(work), ...timeTotalsOf(allDays) }, agents: rows };
}
