import type { Priority, Ticket } from '@switchboard/contracts';

/** A priority's targets (GET /api/sla/policies). */
export type SlaPolicy = {
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnAtPercent?: number;
};

export type SlaDue = { target: 'first_response' | 'resolution'; dueAt: number };

const open = new Set(['NEW', 'ASSIGNED', 'IN_PROGRESS']);

/**
 * The next SLA target a ticket runs against, on the wall clock from its creation: the first
 * response until one is sent, then the resolution. Business hours and paused time (PENDING,
 * RESOLUTION_REQUESTED) are the ticket service's to count; its scan decides the breach, which
 * arrives as `sla_breached`. This is a countdown for the eye.
 */
export function nextSlaDue(ticket: Ticket, policy: SlaPolicy | undefined): SlaDue | null {
  if (!policy || !open.has(ticket.status)) return null;
  const created = Date.parse(ticket.createdAt);
  if (!ticket.firstResponseAt)
    return { target: 'first_response', dueAt: created + policy.firstResponseMinutes * 60_000 };
  return { target: 'resolution', dueAt: created + policy.resolutionMinutes * 60_000 };
}

/** "12m", "1h 05m", "-3m" (overdue). */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${sign}${h}h ${String(m).padStart(2, '0')}m` : `${sign}${m}m`;
}
