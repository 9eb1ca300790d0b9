import type { Role, TicketStatus } from '@switchboard/contracts';

/*
 * docs/api.md §4.4's ticket state machine, pure and free of runtime imports: the ticket service enforces
 * it, and the web app offers only the moves it allows, so a button is never answered with
 * INVALID_TRANSITION or FORBIDDEN.
 */

/** Who asks for a change; `system` is the service itself (auto-assignment, a customer's reply, SLA). */
export type Actor = { userId: string; role: Role } | { system: true };
export type TicketFacts = { status: TicketStatus; assigneeId: string | null; requiresApproval: boolean };

/** docs/api.md §4.4: the only legal transitions. Anything else is 409 INVALID_TRANSITION. */
const table: Record<TicketStatus, TicketStatus[]> = {
  NEW: ['ASSIGNED'],
  ASSIGNED: ['IN_PROGRESS', 'NEW'],
  IN_PROGRESS: ['PENDING', 'RESOLUTION_REQUESTED', 'RESOLVED'],
  PENDING: ['IN_PROGRESS'],
  RESOLUTION_REQUESTED: ['RESOLVED', 'IN_PROGRESS'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

export const allowedTargets = (from: TicketStatus): TicketStatus[] => table[from];

export type TransitionRefusal =
  | { code: 'INVALID_TRANSITION'; message: string; allowed: TicketStatus[] }
  | { code: 'FORBIDDEN'; message: string }
  | { code: 'VALIDATION_FAILED'; message: string; field: string };

const isSupervisor = (a: Actor) => !('system' in a) && (a.role === 'supervisor' || a.role === 'admin');
const isAssignee = (a: Actor, t: TicketFacts) => !('system' in a) && t.assigneeId === a.userId;
const isSystem = (a: Actor) => 'system' in a;

/** Who may take each edge (docs/api.md §4.4 table, "who / when" column). */
function whoMay(from: TicketStatus, to: TicketStatus, t: TicketFacts, a: Actor): string | null {
  const worker = isSystem(a) || isSupervisor(a) || isAssignee(a, t);
  if (to === 'ASSIGNED') return 'Assign a ticket with POST /api/tickets/:id/assign';
  if (from === 'IN_PROGRESS' && to === 'RESOLUTION_REQUESTED') {
    if (!t.requiresApproval) return 'This ticket needs no approval: resolve it directly';
    return isAssignee(a, t) ? null : 'Only the assignee requests resolution';
  }
  if (from === 'IN_PROGRESS' && to === 'RESOLVED' && t.requiresApproval) {
    return 'This ticket requires approval: request resolution instead';
  }
  if (from === 'RESOLUTION_REQUESTED') {
    if (!isSupervisor(a)) return 'Only a supervisor approves or rejects a resolution';
    return isAssignee(a, t) ? 'You cannot approve or reject your own resolution request' : null;
  }
  if (from === 'RESOLVED')
    return isSystem(a) || isSupervisor(a) ? null : 'Only a supervisor reopens or closes a ticket';
  return worker ? null : 'Only the assignee or a supervisor changes this ticket';
}

/** Null when `actor` may move the ticket to `to`; otherwise why not, in the error vocabulary of docs/api.md §2. */
export function refuseTransition(
  t: TicketFacts,
  to: TicketStatus,
  a: Actor,
  reason?: string | null,
): TransitionRefusal | null {
  const allowed = table[t.status];
  if (!allowed.includes(to)) {
    const list = allowed.length ? allowed.join(', ') : 'none';
    return { code: 'INVALID_TRANSITION', message: `A ${t.status} ticket can move to: ${list}`, allowed };
  }
  const refusal = whoMay(t.status, to, t, a);
  if (refusal) return { code: 'FORBIDDEN', message: refusal };
  if (t.status === 'RESOLUTION_REQUESTED' && to === 'IN_PROGRESS' && !reason?.trim()) {
    return { code: 'VALIDATION_FAILED', message: 'Rejecting a resolution needs a reason', field: 'reason' };
  }
  return null;
}
