import type { Role, Ticket, TicketStatus } from '@switchboard/contracts';
import { refuseTransition } from '@switchboard/ticket-rules';

/** A status move the user may offer: docs/api.md §4.4's table, narrowed to who may take each edge. */
export type StatusAction = {
  to: TicketStatus;
  label: string;
  /** Rejecting a resolution request needs a reason. */
  needsReason?: boolean;
  tone?: 'primary' | 'danger';
};

export type Actor = { id: string; role: Role };

const isStaff = (a: Actor) => a.role === 'supervisor' || a.role === 'admin';

/** The moves the app offers from each status, in the order shown, with their wording. */
const offers: Partial<Record<TicketStatus, StatusAction[]>> = {
  ASSIGNED: [{ to: 'IN_PROGRESS', label: 'Start work', tone: 'primary' }],
  IN_PROGRESS: [
    { to: 'RESOLUTION_REQUESTED', label: 'Request resolution', tone: 'primary' },
    { to: 'RESOLVED', label: 'Resolve', tone: 'primary' },
    { to: 'PENDING', label: 'Wait on customer' },
  ],
  PENDING: [{ to: 'IN_PROGRESS', label: 'Resume work', tone: 'primary' }],
  RESOLUTION_REQUESTED: [
    { to: 'RESOLVED', label: 'Approve', tone: 'primary' },
    { to: 'IN_PROGRESS', label: 'Reject', needsReason: true, tone: 'danger' },
  ],
  RESOLVED: [
    { to: 'IN_PROGRESS', label: 'Reopen' },
    { to: 'CLOSED', label: 'Close' },
  ],
};

/**
 * The legal moves for `actor` on `ticket` (docs/tickets.md "Statuses"), by the very rules the
 * ticket service enforces (@switchboard/ticket-rules), so a button shown here is never answered
 * with INVALID_TRANSITION. Assignment (NEW → ASSIGNED, ASSIGNED → NEW) goes through the assign
 * action, not this list. A move that needs a reason is offered; the dialog asks for it.
 */
export function statusActions(
  ticket: Pick<Ticket, 'status' | 'assigneeId' | 'requiresApproval'>,
  actor: Actor,
): StatusAction[] {
  const who = { userId: actor.id, role: actor.role };
  return (offers[ticket.status] ?? []).filter(
    (offer) => refuseTransition(ticket, offer.to, who, offer.needsReason ? 'given' : null) === null,
  );
}

/** An agent takes an unassigned ticket for themself; staff assign anyone. */
export const mayTake = (ticket: Pick<Ticket, 'status' | 'assigneeId'>, actor: Actor) =>
  ticket.assigneeId === null && ticket.status === 'NEW' && actor.role !== 'viewer';

export const mayAssign = (actor: Actor) => isStaff(actor);

/** Who may write in a ticket's conversation (viewers read only). */
export const mayReply = (ticket: Pick<Ticket, 'assigneeId' | 'status'>, actor: Actor) =>
  ticket.status !== 'CLOSED' &&
  (isStaff(actor) || (actor.role === 'agent' && ticket.assigneeId === actor.id));

export const statusLabel: Record<TicketStatus, string> = {
  NEW: 'New',
  ASSIGNED: 'Assigned',
  IN_PROGRESS: 'In progress',
  PENDING: 'Pending',
  RESOLUTION_REQUESTED: 'Resolution requested',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** Every status in lifecycle order (the contract's types reach the browser, its lists do not). */
export const ticketStatuses = Object.keys(statusLabel) as TicketStatus[];
