import type { TimeTotals } from '../domain/agent-report.js';
import type { TicketMetrics } from '../domain/ticket-metrics.js';
import { type Column, DATE, DECIMAL, dayCell, minutes, type SummaryLine } from './sheets.js';

/** The numbers of an agent (a day, or a period), as columns with their units (docs/metrics.md). */
export const metricColumns: Column[] = [
  { header: 'Tickets handled', key: 'ticketsHandled', width: 16 },
  { header: 'Tickets resolved', key: 'ticketsResolved', width: 16 },
  { header: 'Messages sent', key: 'messagesSent', width: 15 },
  { header: 'Avg first response (min)', key: 'firstResponseMin', width: 24, numFmt: DECIMAL },
  { header: 'Avg handle time (min)', key: 'handleMin', width: 22, numFmt: DECIMAL },
  { header: 'Avg resolution time (min)', key: 'resolutionMin', width: 25, numFmt: DECIMAL },
  { header: 'SLA compliance (%)', key: 'slaCompliance', width: 19, numFmt: DECIMAL },
  { header: 'CSAT average (1-5)', key: 'csatAverage', width: 18, numFmt: DECIMAL },
  { header: 'Worked (min)', key: 'workedMin', width: 14, numFmt: DECIMAL },
  { header: 'Break (min)', key: 'breakMin', width: 13, numFmt: DECIMAL },
  { header: 'Online (min)', key: 'onlineMin', width: 14, numFmt: DECIMAL },
  { header: 'Occupancy (0-1)', key: 'occupancy', width: 16, numFmt: '0.000' },
];

type Time = Pick<TimeTotals, 'workedSeconds' | 'breakSeconds' | 'onlineSeconds' | 'occupancy'>;

export const metricCells = (m: TicketMetrics & Time) => ({
  ticketsHandled: m.ticketsHandled,
  ticketsResolved: m.ticketsResolved,
  messagesSent: m.messagesSent,
  firstResponseMin: minutes(m.firstResponseTime.avg),
  handleMin: minutes(m.handleTime.avg),
  resolutionMin: minutes(m.resolutionTime.avg),
  slaCompliance: m.slaCompliance,
  csatAverage: m.csat.average,
  workedMin: minutes(m.workedSeconds),
  breakMin: minutes(m.breakSeconds),
  onlineMin: minutes(m.onlineSeconds),
  occupancy: m.occupancy,
});

/** One row per agent and local day: the agent report's days. */
export const agentDayColumns: Column[] = [
  { header: 'Date', key: 'date', width: 12, numFmt: DATE },
  { header: 'Agent', key: 'agent', width: 28 },
  ...metricColumns,
  { header: 'Late (min)', key: 'lateMinutes', width: 11 },
  { header: 'Absent', key: 'absent', width: 9 },
];

type Day = TicketMetrics & Time & { date: string; attendance: { lateMinutes: number; absent: boolean } };

export const agentDayCells = (agent: string, day: Day) => ({
  date: dayCell(day.date),
  agent,
  ...metricCells(day),
  lateMinutes: day.attendance.lateMinutes,
  absent: day.attendance.absent,
});

/** The totals every summary shows, in the sheets' units. */
export function totalLines(t: TicketMetrics & TimeTotals): SummaryLine[] {
  const cells = metricCells(t);
  return [
    ...metricColumns.map((c) => ({ label: c.header, value: cells[c.key as keyof typeof cells] })),
    { label: 'Days late', value: t.attendance.daysLate },
    { label: 'Days absent', value: t.attendance.daysAbsent },
  ];
}
