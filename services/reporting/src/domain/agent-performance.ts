import { isDeepStrictEqual } from 'node:util';
import { type AgentPerformance, type PerformanceMetric, performanceMetrics } from '@switchboard/contracts';
import { levelOf } from './agent-report.js';
import type { TicketMetrics } from './ticket-metrics.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export type PerformanceInputs = {
  /** The agent's ticket work today, and the seconds they showed online today. */
  today: TicketMetrics;
  onlineSecondsToday: number;
  /** Their ticket work over the last 30 days: averages and the level are over it. */
  recent: TicketMetrics;
  currentTickets: number;
  totalTicketsHandled: number;
};

/** The performance fields of the agent object (docs/metrics.md "Agent performance"), in its units. */
export function agentPerformanceOf(i: PerformanceInputs): AgentPerformance {
  const frt = i.recent.firstResponseTime.avg;
  return {
    currentTickets: i.currentTickets,
    totalTicketsHandled: i.totalTicketsHandled,
    avgResponseTime: frt === null ? null : round2(frt / 60),
    customerSatisfaction: i.recent.csat.average,
    ticketsResolvedToday: i.today.ticketsResolved,
    messagesHandledToday: i.today.messagesSent,
    onlineHoursToday: round2(i.onlineSecondsToday / 3600),
    performanceLevel: levelOf(i.recent),
  };
}

/** The metrics whose value differs between two measurements, in the agent object's order. */
export const changedMetrics = (before: AgentPerformance, after: AgentPerformance): PerformanceMetric[] =>
  performanceMetrics.filter((m) => !isDeepStrictEqual(before[m], after[m]));
