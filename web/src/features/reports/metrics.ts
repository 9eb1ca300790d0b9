import type { Csat, Stats, TicketMetrics } from '@switchboard/contracts';
import type { Unit } from './format.js';

/*
 * The reporting service's answers (docs/api.md §4.11, docs/reporting.md) and the lines a
 * supervisor reads from them. Durations come as `{count, avg, median, p90}` objects: reading them
 * as plain numbers is what once left Median and P90 empty.
 */
export type { Csat, Stats, TicketMetrics };
export type Attendance = { daysWorked: number; daysLate: number; daysAbsent: number; lateMinutes: number };
export type TimeMetrics = {
  workedSeconds: number;
  breakSeconds: number;
  onlineSeconds: number;
  handlingSeconds: number;
  occupancy: number;
};
export type Totals = TicketMetrics & TimeMetrics & { attendance: Attendance };
export type Period = { from: string; to: string; timeZone: string };
export type Profile = { id: string; fullName: string; department: string | null; role: string };
export type Level = 'high' | 'medium' | 'low' | null;

export type AgentDay = TicketMetrics &
  TimeMetrics & {
    date: string;
    attendance: { firstClockIn: string | null; late: boolean; lateMinutes: number; absent: boolean };
  };
export type AgentReport = {
  agent: Profile;
  period: Period;
  performanceLevel: Level;
  totals: Totals;
  days: AgentDay[];
};
export type TeamRow = TicketMetrics &
  TimeMetrics & { agent: Profile; performanceLevel: Level; attendance: Attendance };
export type TeamReport = { period: Period; totals: Totals; agents: TeamRow[] };
export type TrendBucket = {
  label: string;
  ticketsCreated: number;
  ticketsResolved: number;
  backlog: number | null;
  firstResponseTime: Stats;
  resolutionTime: Stats;
};
export type Trends = { period: Period; interval: string; buckets: TrendBucket[] };

/**
 * One line of a totals table: a value in its unit, and the median and p90 where a duration has
 * them. `label` is a key of the `reports` namespace (`metrics.aht`), translated where it is shown.
 */
export type MetricLine = {
  label: string;
  unit: Unit;
  value: number | null;
  median?: number | null;
  p90?: number | null;
};

const stat = (label: string, s: Stats): MetricLine => ({
  label,
  unit: 'duration',
  value: s.avg,
  median: s.median,
  p90: s.p90,
});

/** Every number of a report's totals, in the order a supervisor reads them. */
export function metricLinesOf(t: Totals): MetricLine[] {
  const line = (label: string, unit: Unit, value: number | null): MetricLine => ({ label, unit, value });
  return [
    stat('metrics.aht', t.handleTime),
    stat('metrics.frt', t.firstResponseTime),
    stat('metrics.nrt', t.nextResponseTime),
    stat('metrics.resolution', t.resolutionTime),
    line('metrics.csatAverage', 'rating', t.csat.average),
    line('metrics.csatScore', 'percent', t.csat.score),
    line('metrics.csatRate', 'percent', t.csat.responseRate),
    line('metrics.sla', 'percent', t.slaCompliance),
    line('metrics.handled', 'count', t.ticketsHandled),
    line('metrics.resolved', 'count', t.ticketsResolved),
    line('metrics.breached', 'count', t.slaBreachedResolutions),
    line('metrics.messages', 'count', t.messagesSent),
    line('metrics.worked', 'duration', t.workedSeconds),
    line('metrics.online', 'duration', t.onlineSeconds),
    line('metrics.break', 'duration', t.breakSeconds),
    line('metrics.handling', 'duration', t.handlingSeconds),
    line('metrics.occupancy', 'ratio', t.occupancy),
    line('metrics.daysWorked', 'count', t.attendance.daysWorked),
    line('metrics.daysLate', 'count', t.attendance.daysLate),
    line('metrics.daysAbsent', 'count', t.attendance.daysAbsent),
    line('metrics.lateTotal', 'duration', t.attendance.lateMinutes * 60),
  ];
}

/** Today's dashboard (docs/metrics.md "Dashboard") as labelled tiles with units. */
export type Dashboard = Record<string, number | null>;
const tiles: [key: string, unit: Unit][] = [
  ['activeConversations', 'count'],
  ['waitingConversations', 'count'],
  ['ticketsCreatedToday', 'count'],
  ['ticketsResolvedToday', 'count'],
  ['totalMessagesToday', 'count'],
  ['avgResponseTime', 'duration'],
  ['avgResolutionTime', 'duration'],
  ['slaCompliance', 'percent'],
  ['agentsOnline', 'count'],
  ['agentsAvailable', 'count'],
  ['agentsOnBreak', 'count'],
  ['agentsClockedIn', 'count'],
];

export const dashboardTilesOf = (d: Dashboard): MetricLine[] =>
  tiles
    .filter(([key]) => key in d)
    .map(([key, unit]) => ({ label: `tiles.${key}`, unit, value: d[key] ?? null }));
