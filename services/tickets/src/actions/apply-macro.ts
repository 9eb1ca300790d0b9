import type { Caller } from '@switchboard/auth-verify';
import { DomainError, type MacroAction, type Ticket } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { toTicket } from '../data/rows.js';
import { recordHistory, type TicketWithCustomer } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { distinctTags } from '../domain/tags.js';
import { assignLocked } from './assign-ticket.js';
import { applyChanges } from './change-ticket.js';
import { tenantMacro } from './macros.js';
import { writeMessage } from './messages.js';
import { writeTags } from './tags.js';
import { readableTicket, workableTicket } from './tickets.js';

/**
 * POST /api/tickets/:id/macros/:macroId: every step of the macro, in order, through the same
 * functions as the single actions (same rules, history and events), in ONE transaction. A step
 * that is refused rolls back the steps before it, their events in the outbox included.
 */
export async function applyMacro(
  deps: TicketsDeps,
  caller: Caller,
  ticketId: string,
  macroId: string,
): Promise<Ticket> {
  const applied = await deps.db.transaction(async (tx) => {
    const macro = await tenantMacro(tx, caller, macroId);
    let current = await workableTicket(tx, caller, ticketId);
    for (const [i, action] of macro.actions.entries()) {
      current = await stepOrRefusal(i, action, () => applyStep(tx, caller, current, action));
    }
    await recordHistory(tx, {
      tenantId: caller.tenantId,
      ticketId,
      actorId: caller.userId,
      action: 'macro_applied',
      changes: { macroId: macro.id, name: macro.name },
    });
    return toTicket(current.ticket, current.customer);
  });
  // Committed: a status move or (un)assignment may free an agent or queue the ticket.
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return applied;
}

async function applyStep(
  tx: Tx,
  caller: Caller,
  current: TicketWithCustomer,
  action: MacroAction,
): Promise<TicketWithCustomer> {
  switch (action.type) {
    case 'set_status':
      return applyChanges(tx, caller, current, { status: action.value });
    case 'set_priority':
      return applyChanges(tx, caller, current, { priority: action.value });
    case 'add_tags': {
      const tags = distinctTags([...current.ticket.tags, ...action.value]);
      return writeTags(tx, caller, current, tags, caller.userId);
    }
    case 'assign':
      return assignLocked(tx, caller, current, action.value);
    case 'reply':
      await writeMessage(tx, caller, current.ticket, { body: action.value, internal: false });
      // The reply stamped the ticket's response times: the next step sees the ticket as it is now.
      return readableTicket(tx, caller, current.ticket.id, true);
  }
}

/** A refused step says which one it was, keeping the refusal's code (and so its status). */
async function stepOrRefusal<T>(index: number, action: MacroAction, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    throw new DomainError(err.code, `Step ${index + 1} (${action.type}): ${err.message}`, err.details);
  }
}
