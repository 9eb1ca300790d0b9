import type { TicketStatus } from '@switchboard/contracts';
import { addBusinessMillis, type BusinessCalendar, businessMillisBetween } from './business-calendar.js';

/** One stretch of a ticket's history in one status; `to` is null for the current one. */
export type StatusSpan = { status: TicketStatus; from: Date; to: Date | null };

/**
 * The SLA clock runs only while the ball is in the agents' court. PENDING waits on the
 * customer and RESOLUTION_REQUESTED on a supervisor, so neither counts against the agent;
 * RESOLVED and CLOSED stop it.
 */
export const clockRunsIn = (status: TicketStatus): boolean =>
  status === 'NEW' || status === 'ASSIGNED' || status === 'IN_PROGRESS';

const EARLIEST = new Date(-8.64e15);

type Piece = { status: TicketStatus; from: number; to: number };

/**
 * The timeline clipped to [since, until), in order. Each span ends where the next begins,
 * whatever its own `to` says, so a stale open span or an overlap cannot count twice.
 */
function piecesOf(spans: StatusSpan[], since: Date, until: Date): Piece[] {
  const sorted = [...spans].sort((a, b) => a.from.getTime() - b.from.getTime());
  return sorted
    .map((span, i) => {
      const ends = [
        span.to?.getTime() ?? Infinity,
        sorted[i + 1]?.from.getTime() ?? Infinity,
        until.getTime(),
      ];
      return {
        status: span.status,
        from: Math.max(span.from.getTime(), since.getTime()),
        to: Math.min(...ends),
      };
    })
    .filter((piece) => piece.from < piece.to);
}

/** The status at an instant; null before the first span. */
export function statusAt(spans: StatusSpan[], at: Date): TicketStatus | null {
  return piecesOf(spans, at, new Date(at.getTime() + 1))[0]?.status ?? null;
}

/** Business time in [since, until) during which the clock ran. Time no span covers does not count. */
export function runningMillis(
  calendar: BusinessCalendar,
  spans: StatusSpan[],
  since: Date,
  until: Date,
): number {
  return piecesOf(spans, since, until)
    .filter((piece) => clockRunsIn(piece.status))
    .reduce((sum, p) => sum + businessMillisBetween(calendar, new Date(p.from), new Date(p.to)), 0);
}

/**
 * The instant in [since, until) at which the target was breached: the first moment the clock
 * is running with the whole target used up. A reply exactly at the deadline is in time, and
 * a clock paused exactly as the budget ran out breaches only once it runs again.
 */
export function breachInstantOf(
  calendar: BusinessCalendar,
  spans: StatusSpan[],
  since: Date,
  targetMinutes: number,
  until: Date,
): Date | null {
  const target = targetMinutes * 60_000;
  let used = 0;
  for (const piece of piecesOf(spans, since, until).filter((p) => clockRunsIn(p.status))) {
    if (used >= target) return new Date(piece.from);
    const [from, to] = [new Date(piece.from), new Date(piece.to)];
    const inPiece = businessMillisBetween(calendar, from, to);
    if (used + inPiece >= target) {
      // The budget runs out in this piece; if exactly at its end, the breach is the next resumption.
      const crossing = addBusinessMillis(calendar, from, target - used);
      if (crossing < to) return crossing;
    }
    used += inPiece;
  }
  return null;
}

/**
 * When the target will be (or was) breached if the ticket stays in its current status;
 * null while the clock is not running, as a paused clock has no deadline.
 */
export function deadlineOf(
  calendar: BusinessCalendar,
  spans: StatusSpan[],
  since: Date,
  targetMinutes: number,
  now: Date,
): Date | null {
  const status = statusAt(spans, now);
  if (status === null || !clockRunsIn(status)) return null;
  const breach = breachInstantOf(calendar, spans, since, targetMinutes, now);
  if (breach) return breach;
  const left = targetMinutes * 60_000 - runningMillis(calendar, spans, since, now);
  return addBusinessMillis(calendar, now, Math.max(0, left));
}

/** Plain (not business) time spent waiting for a supervisor's approval, reported apart from handling time. */
export function approvalWaitMillis(spans: StatusSpan[], until: Date): number {
  return piecesOf(spans, EARLIEST, until)
    .filter((piece) => piece.status === 'RESOLUTION_REQUESTED')
    .reduce((sum, piece) => sum + piece.to - piece.from, 0);
}
