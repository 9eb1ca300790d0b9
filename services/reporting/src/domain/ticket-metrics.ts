import type { Csat, TicketMetrics } from '@switchboard/contracts';
import { mean2, percent, statsOf } from './stats.js';

/*
 * Ticket work as report queries read it (one row per reply, resolution or sent message), and the
 * numbers docs/metrics.md defines over any group of it: a day, an agent, the whole tenant.
 */
export type ReplyRow = {
  ticketId: string;
  agentId: string;
  kind: 'first' | 'next';
  repliedAt: Date;
  seconds: number;
};
export type CycleRow = {
  ticketId: string;
  agentId: string | null;
  resolvedAt: Date;
  resolutionSeconds: number;
  handleSeconds: number;
  breached: boolean;
  csatRating: number | null;
};
/** A public agent message (internal notes, customer and system messages are never "sent"). */
export type SentRow = { ticketId: string; authorId: string; createdAt: Date };
export type Work = { replies: ReplyRow[]; cycles: CycleRow[]; sent: SentRow[] };

export type { Csat, TicketMetrics };

export const POSITIVE_RATING = 4;

export function csatOf(cycles: readonly CycleRow[]): Csat {
  const ratings = cycles.flatMap((c) => (c.csatRating === null ? [] : [c.csatRating]));
  return {
    responses: ratings.length,
    average: mean2(ratings),
    score: percent(ratings.filter((r) => r >= POSITIVE_RATING).length, ratings.length),
    responseRate: percent(ratings.length, cycles.length),
  };
}

export function ticketMetricsOf(work: Work): TicketMetrics {
  const { replies, cycles, sent } = work;
  const handled = new Set([...sent.map((m) => m.ticketId), ...cycles.map((c) => c.ticketId)]);
  const breached = cycles.filter((c) => c.breached).length;
  const seconds = (kind: ReplyRow['kind']) => replies.filter((r) => r.kind === kind).map((r) => r.seconds);
  return {
    ticketsHandled: handled.size,
    ticketsResolved: cycles.length,
    messagesSent: sent.length,
    firstResponseTime: statsOf(seconds('first')),
    nextResponseTime: statsOf(seconds('next')),
    handleTime: statsOf(cycles.map((c) => c.handleSeconds)),
    resolutionTime: statsOf(cycles.map((c) => c.resolutionSeconds)),
    slaCompliance: percent(cycles.length - breached, cycles.length),
    slaBreachedResolutions: breached,
    csat: csatOf(cycles),
  };
}
