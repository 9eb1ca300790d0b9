import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { invalidTransition, notAllowed, notFoundError, type Ticket } from '@switchboard/contracts';
import { findAgent } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { recordHistory, type TicketWithCustomer, updateTicket } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { refuseAssignment } from '../domain/ticket-access.js';
import { moveTicket } from './change-ticket.js';
import { readableTicket } from './tickets.js';

/** Statuses in which the assignee may change without changing the status. */
const reassignable = new Set(['ASSIGNED', 'IN_PROGRESS', 'PENDING']);

/**
 * POST /api/tickets/:id/assign. `null` unassigns (ASSIGNED → NEW). A ticket a supervisor assigns
 * requires approval to resolve (docs/api.md §4.4, §8.1).
 */
export async function assignTicket(
  deps: TicketsDeps,
  caller: Caller,
  id: string,
  agentId: string | null,
): Promise<Ticket> {
  const assigned = await deps.db.transaction(async (tx) => {
    const current = await assignLocked(tx, caller, await readableTicket(tx, caller, id, true), agentId);
    return toTicket(current.ticket, current.customer);
  });
  // Committed: unassigning or moving a ticket frees its previous agent for the queue.
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return assigned;
}

/** (Un)assigns a locked ticket in the caller's transaction, with its history and events. */
export async function assignLocked(
  tx: Tx,
  caller: Caller,
  current: TicketWithCustomer,
  agentId: string | null,
): Promise<TicketWithCustomer> {
  const refusal = refuseAssignment(caller, current.ticket, agentId);
  if (refusal) throw notAllowed(refusal);
  if (agentId === null) return moveTicket(tx, caller, current, 'NEW', null, caller);
  const agent = await findAgent(tx, caller.tenantId, agentId);
  if (!agent?.isActive || agent.role === 'viewer') throw notFoundError('Agent');
  const { id, status, assigneeId: previousAssigneeId } = current.ticket;
  if (previousAssigneeId === agentId) return current;
  if (status !== 'NEW' && !reassignable.has(status)) {
    throw invalidTransition(`A ${status} ticket cannot be assigned`, [{ allowed: [] }]);
  }
  const bySupervisor = caller.role === 'supervisor' || caller.role === 'admin';
  const ticket = await updateTicket(tx, caller.tenantId, id, {
    assigneeId: agentId,
    assignedAt: now(),
    ...(status === 'NEW' ? { status: 'ASSIGNED' as const, statusChangedAt: now() } : {}),
    ...(bySupervisor ? { requiresApproval: true } : {}),
  });
  await recordHistory(tx, {
    tenantId: caller.tenantId,
    ticketId: id,
    actorId: caller.userId,
    action: 'assigned',
    changes: { from: previousAssigneeId, to: agentId },
  });
  const fact = { ...toTicket(ticket, current.customer), ticketId: id, actorId: caller.userId };
  await recordEvent(tx, caller, 'ticket.assigned', { ...fact, previousAssigneeId });
  if (status === 'NEW')
    await recordEvent(tx, caller, 'ticket.status_changed', {
      ...fact,
      from: 'NEW',
      to: 'ASSIGNED',
      reason: null,
    });
  return { ...current, ticket };
}
