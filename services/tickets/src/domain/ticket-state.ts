import type { TicketStatus } from '@switchboard/contracts';

/** Domain events a status change implies besides `ticket.status_changed`. */
export function milestonesOf(
  from: TicketStatus,
  to: TicketStatus,
): ('ticket.resolved' | 'ticket.reopened' | 'ticket.unassigned')[] {
  if (to === 'RESOLVED') return ['ticket.resolved'];
  if (from === 'RESOLVED' && to === 'IN_PROGRESS') return ['ticket.reopened'];
  if (from === 'ASSIGNED' && to === 'NEW') return ['ticket.unassigned'];
  return [];
}
