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

/** One line of a totals table: a value in its unit, and the median and p90 where a duration has them. */
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
    stat('Average handle time (AHT)', t.handleTime),
    stat('First response time (FRT)', t.firstResponseTime),
    stat('Next response time', t.nextResponseTime),
    stat('Resolution time', t.resolutionTime),
    line('CSAT average', 'rating', t.csat.average),
    line('CSAT score (rated 4–5)', 'percent', t.csat.score),
    line('CSAT response rate', 'percent', t.csat.responseRate),
    line('SLA compliance', 'percent', t.slaCompliance),
    line('Tickets handled', 'count', t.ticketsHandled),
    line('Tickets resolved', 'count', t.ticketsResolved),
    line('Resolutions with an SLA breach', 'count', t.slaBreachedResolutions),
    line('Messages sent', 'count', t.messagesSent),
    line('Worked time', 'duration', t.workedSeconds),
    line('Online time', 'duration', t.onlineSeconds),
    line('Break time', 'duration', t.breakSeconds),
    line('Ticket handling time', 'duration', t.handlingSeconds),
    line('Occupancy', 'ratio', t.occupancy),
    line('Days worked', 'count', t.attendance.daysWorked),
    line('Days late', 'count', t.attendance.daysLate),
    line('Days absent', 'count', t.attendance.daysAbsent),
    line('Late in total', 'duration', t.attendance.lateMinutes * 60),
  ];
}

/** Today's dashboard (docs/metrics.md "Dashboard") as labelled tiles with units. */
export type Dashboard = Record<string, number | null>;
const tiles: [key: string, label: string, unit: Unit][] = [
  ['activeConversations', 'Active conversations', 'count'],
  ['waitingConversations', 'Waiting in queue', 'count'],
  ['ticketsCreatedToday', 'Tickets created', 'count'],
  ['ticketsResolvedToday', 'Tickets resolved', 'count'],
  ['totalMessagesToday', 'Messages', 'count'],
  ['avgResponseTime', 'Average first response', 'duration'],
  ['avgResolutionTime', 'Average resolution time', 'duration'],
  ['slaCompliance', 'SLA compliance', 'percent'],
  ['agentsOnline', 'Agents online', 'count'],
  ['agentsAvailable', 'Agents available', 'count'],
  ['agentsOnBreak', 'Agents on break', 'count'],
  ['agentsClockedIn', 'Agents clocked in', 'count'],
];

export const dashboardTilesOf = (d: Dashboard): MetricLine[] =>
  tiles.filter(([key]) => key in d).map(([key, label, unit]) => ({ label, unit, value: d[key] ?? null }));
