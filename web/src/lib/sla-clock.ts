import type { Priority, Ticket } from '@switchboard/contracts';

/** A priority's targets (GET /api/sla/policies). */
export type SlaPolicy = {
  priority: Priority;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null;
  resolutionMinutes: number;
  businessHours: boolean;
  warnAtPercent: number;
  updatedAt?: string;
};

export type SlaDue = { target: 'first_response' | 'resolution'; dueAt: number };

const open = new Set(['NEW', 'ASSIGNED', 'IN_PROGRESS']);

/**
 * The next SLA target a ticket runs against, on the wall clock from its creation: the first
 * response until one is sent, then the resolution. Business hours and paused time (PENDING,
 * RESOLUTION_REQUESTED) are the ticket service's to count; its scan decides the breach, which
 * arrives as `sla_breached`. This is a countdown for the eye.
 */
export function nextSlaDue(
  ticket: Ticket,
  policy: Pick<SlaPolicy, 'firstResponseMinutes' | 'resolutionMinutes'> | undefined,
): SlaDue | null {
  if (!policy || !open.has(ticket.status)) return null;
  const created = Date.parse(ticket.createdAt);
  if (!ticket.firstResponseAt)
    return { target: 'first_response', dueAt: created + policy.firstResponseMinutes * 60_000 };
  return { target: 'resolution', dueAt: created + policy.resolutionMinutes * 60_000 };
}

const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "1h 05m" from an hour on, "12m 05s" under it, "-3m 10s" overdue. Whole seconds toward the
 * deadline, so the last second before it reads "0m 00s" and never "-0m…".
 */
export function formatCountdown(ms: number): string {
  const seconds = ms >= 0 ? Math.floor(ms / 1000) : Math.ceil(-ms / 1000);
  const sign = ms < 0 && seconds > 0 ? '-' : '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${sign}${h}h ${pad(m)}m` : `${sign}${m}m ${pad(s)}s`;
}

/** Whether a countdown shows seconds, and so has to be redrawn every second. */
export const ticksEverySecond = (ms: number) => Math.abs(ms) < HOUR;
