import type { Caller } from '@switchboard/auth-verify';
import { conflictError, notFoundError, type Ticket } from '@switchboard/contracts';
import { recordEvent } from '../data/events.js';
import { lockTicketsInOrder, moveConversation } from '../data/merge.repository.js';
import { toTicket } from '../data/rows.js';
import { recordHistories, updateTicket } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { writeStatus } from './change-ticket.js';

/**
 * A duplicate ticket folded into the one that stays (supervisors and admins, any two tickets of the
 * tenant): its messages and attachments move with their ids and times, it is CLOSED with
 * `mergedIntoId` by a system move (the state machine lets people close only RESOLVED tickets), both
 * get a history entry, and `ticket.merged` tells the rooms of both. A CLOSED ticket (merged ones
 * included) is final: it is neither merged again nor merged into.
 */
export async function mergeTickets(
  deps: TicketsDeps,
  caller: Caller,
  sourceId: string,
  intoId: string,
): Promise<Ticket> {
  if (sourceId === intoId) throw conflictError('A ticket cannot be merged into itself');
  const target = await deps.db.transaction(async (tx) => {
    const locked = await lockTicketsInOrder(tx, caller.tenantId, [sourceId, intoId]);
    const source = locked.find((t) => t.ticket.id === sourceId);
    const into = locked.find((t) => t.ticket.id === intoId);
    if (!source || !into) throw notFoundError('Ticket');
    if (source.ticket.status === 'CLOSED')
      throw conflictError(`Ticket #${source.ticket.number} is closed and cannot be merged`);
    if (into.ticket.status === 'CLOSED')
      throw conflictError(`Ticket #${into.ticket.number} is closed: merge into an open ticket`);
    const movedMessageIds = await moveConversation(tx, caller.tenantId, sourceId, intoId);
    const reason = `Merged into #${into.ticket.number}`;
    await writeStatus(tx, caller, source, 'CLOSED', {
      reason,
      actorId: caller.userId,
      extra: { mergedIntoId: intoId },
    });
    // Bumps updatedAt: the target's conversation changed.
    const updated = await updateTicket(tx, caller.tenantId, intoId, {});
    const trail = { sourceNumber: source.ticket.number, targetNumber: into.ticket.number };
    await recordHistories(tx, [
      { ...entry(caller, sourceId, 'merged_into'), changes: { ticketId: intoId, ...trail, movedMessageIds } },
      { ...entry(caller, intoId, 'merged_from'), changes: { ticketId: sourceId, ...trail, movedMessageIds } },
    ]);
    await recordEvent(tx, caller, 'ticket.merged', {
      sourceTicketId: sourceId,
      targetTicketId: intoId,
      ...trail,
      movedMessageIds,
      actorId: caller.userId,
    });
    return toTicket(updated, into.customer);
  });
  // Committed: the closed duplicate no longer counts against its agent's capacity.
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return target;
}

const entry = (caller: Caller, ticketId: string, action: string) => ({
  tenantId: caller.tenantId,
  ticketId,
  actorId: caller.userId,
  action,
});
