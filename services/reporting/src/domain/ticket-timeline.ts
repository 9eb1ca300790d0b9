import type { TicketStatus } from '@switchboard/contracts';
import type { Breach, CsatAnswer, TicketState } from './ticket-inputs.js';

/** The ticket's status and assignee from `start` until `end` (null: still so). */
export type Span = {
  seq: number;
  status: TicketStatus;
  assigneeId: string | null;
  start: Date;
  end: Date | null;
};

/** One resolution: from creation (cycle 0) or a reopen to RESOLVED (docs/metrics.md). */
export type Cycle = {
  cycle: number;
  agentId: string | null;
  startedAt: Date;
  resolvedAt: Date;
  resolutionSeconds: number;
  handleSeconds: number;
  breached: boolean;
  csatRating: number | null;
};

/** Statuses in which the assignee is working the ticket: handle time and occupancy count these. */
export const HANDLING: readonly TicketStatus[] = ['ASSIGNED', 'IN_PROGRESS'];
/** Statuses of a ticket still to be done: the backlog. */
export const OPEN: readonly TicketStatus[] = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'PENDING',
  'RESOLUTION_REQUESTED',
];

export const secondsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** Spans from the ticket's states in time order; a new span starts only when status or assignee changes. */
export function spansOf(states: readonly TicketState[]): Span[] {
  const spans: Span[] = [];
  for (const { at, ticket } of states) {
    const last = spans.at(-1);
    if (last && last.status === ticket.status && last.assigneeId === ticket.assigneeId) continue;
    if (last) last.end = at;
    spans.push({
      seq: spans.length,
      status: ticket.status,
      assigneeId: ticket.assigneeId,
      start: at,
      end: null,
    });
  }
  return spans;
}

function handlingSeconds(spans: readonly Span[], from: Date, to: Date): number {
  let ms = 0;
  for (const s of spans) {
    if (!HANDLING.includes(s.status)) continue;
    const start = Math.max(s.start.getTime(), from.getTime());
    const end = Math.min((s.end ?? to).getTime(), to.getTime());
    ms += Math.max(0, end - start);
  }
  return Math.round(ms / 1000);
}

/**
 * Resolutions: every move into RESOLVED closes a cycle, credited to the assignee at that moment;
 * a move out of RESOLVED (other than to CLOSED) is a reopen and starts the next cycle. Breaches
 * belong to the cycle whose stretch they crossed in; a CSAT answer to the latest cycle resolved
 * before it that has no answer yet (each resolution sends one survey).
 */
export function cyclesOf(
  createdAt: Date,
  spans: readonly Span[],
  breaches: readonly Breach[],
  answers: readonly CsatAnswer[],
): { cycles: Cycle[]; reopens: number } {
  const cycles: Cycle[] = [];
  let [start, previous, reopens] = [createdAt, null as TicketStatus | null, 0];
  for (const span of spans) {
    if (span.status === 'RESOLVED' && previous !== 'RESOLVED') {
      const after = cycles.at(-1)?.resolvedAt.getTime() ?? -Infinity;
      const end = span.start.getTime();
      cycles.push({
        cycle: cycles.length,
        agentId: span.assigneeId,
        startedAt: start,
        resolvedAt: span.start,
        resolutionSeconds: secondsBetween(start, span.start),
        handleSeconds: handlingSeconds(spans, start, span.start),
        breached: breaches.some((b) => b.at.getTime() > after && b.at.getTime() <= end),
        csatRating: null,
      });
    } else if (previous === 'RESOLVED' && span.status !== 'CLOSED') {
      reopens++;
      start = span.start;
    }
    previous = span.status;
  }
  for (const answer of answers) {
    const surveyed = cycles.filter((c) => c.resolvedAt <= answer.at && c.csatRating === null).at(-1);
    if (surveyed) surveyed.csatRating = answer.rating;
  }
  return { cycles, reopens };
}
