import type { Role, Ticket, TicketStatus } from './types.js';

/** A status move the user may offer: SPEC §4's table, narrowed to who may take each edge. */
export type StatusAction = {
  to: TicketStatus;
  label: string;
  /** Rejecting a resolution request needs a reason. */
  needsReason?: boolean;
  tone?: 'primary' | 'danger';
};

export type Actor = { id: string; role: Role };

const isStaff = (a: Actor) => a.role === 'supervisor' || a.role === 'admin';

/**
 * The legal moves for `actor` on `ticket` (docs/tickets.md "Statuses"); the ticket service
 * enforces the same table, so a button shown here is never answered with INVALID_TRANSITION.
 * Assignment (NEW → ASSIGNED, ASSIGNED → NEW) goes through the assign action, not this list.
 */
export function statusActions(
  ticket: Pick<Ticket, 'status' | 'assigneeId' | 'requiresApproval'>,
  actor: Actor,
) {
  const assignee = ticket.assigneeId === actor.id;
  const staff = isStaff(actor);
  const works = assignee || staff;
  const actions: StatusAction[] = [];
  switch (ticket.status) {
    case 'ASSIGNED':
      if (works) actions.push({ to: 'IN_PROGRESS', label: 'Start work', tone: 'primary' });
      break;
    case 'IN_PROGRESS':
      if (assignee && ticket.requiresApproval)
        actions.push({ to: 'RESOLUTION_REQUESTED', label: 'Request resolution', tone: 'primary' });
      if (works && !ticket.requiresApproval)
        actions.push({ to: 'RESOLVED', label: 'Resolve', tone: 'primary' });
      if (works) actions.push({ to: 'PENDING', label: 'Wait on customer' });
      break;
    case 'PENDING':
      if (works) actions.push({ to: 'IN_PROGRESS', label: 'Resume work', tone: 'primary' });
      break;
    case 'RESOLUTION_REQUESTED':
      if (staff && !assignee) {
        actions.push({ to: 'RESOLVED', label: 'Approve', tone: 'primary' });
        actions.push({ to: 'IN_PROGRESS', label: 'Reject', needsReason: true, tone: 'danger' });
      }
      break;
    case 'RESOLVED':
      if (staff) {
        actions.push({ to: 'IN_PROGRESS', label: 'Reopen' });
        actions.push({ to: 'CLOSED', label: 'Close' });
      }
      break;
    default:
      break;
  }
  return actions;
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
