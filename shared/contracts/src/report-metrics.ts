/*
 * The ticket numbers of every reporting answer (docs/api.md §4.11, docs/metrics.md), shared by the
 * reporting service that computes them and the web app that shows them. Types only.
 */

/** Summary of a set of durations in seconds (docs/metrics.md, "Averages and percentiles"). */
export type Stats = { count: number; avg: number | null; median: number | null; p90: number | null };
export type Csat = {
  responses: number;
  average: number | null;
  score: number | null;
  responseRate: number | null;
};
export type TicketMetrics = {
  ticketsHandled: number;
  ticketsResolved: number;
  messagesSent: number;
  firstResponseTime: Stats;
  nextResponseTime: Stats;
  handleTime: Stats;
  resolutionTime: Stats;
  slaCompliance: number | null;
  slaBreachedResolutions: number;
  csat: Csat;
};
