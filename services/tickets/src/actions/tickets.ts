import type { Caller } from '@switchboard/auth-verify';
import { notAllowed, notFoundError, type Priority, type Ticket, uuidv7 } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import {
  findTicket,
  insertTicket,
  recordHistory,
  type TicketWithCustomer,
} from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { canRead, canWork } from '../domain/ticket-access.js';
import { resolveCustomer } from './resolve-customer.js';

export type NewTicket = {
  subject: string;
  description: string;
  priority: Priority;
  category?: string | undefined;
  tags?: string[] | undefined;
  customer?: { name: string; email?: string | undefined; phone?: string | undefined } | undefined;
  requiresApproval?: boolean | undefined;
};

export async function createTicket(deps: TicketsDeps, caller: Caller, input: NewTicket): Promise<Ticket> {
  const created = await deps.db.transaction(async (tx) => {
    const customer = input.customer ? await resolveCustomer(tx, caller, input.customer, 'ticket') : null;
    const row = await insertTicket(tx, {
      id: uuidv7(),
      tenantId: caller.tenantId,
      subject: input.subject,
      description: input.description,
      priority: input.priority,
      category: input.category ?? null,
      tags: input.tags ?? [],
      status: 'NEW',
      customerId: customer?.id ?? null,
      requiresApproval: input.requiresApproval ?? false,
      createdBy: caller.userId,
    });
    const ticket = toTicket(row, customer);
    await recordHistory(tx, {
      tenantId: caller.tenantId,
      ticketId: row.id,
      actorId: caller.userId,
      action: 'created',
    });
    await recordEvent(tx, caller, 'ticket.created', { ...ticket, ticketId: ticket.id });
    return ticket;
  });
  // Committed: auto-assignment runs in a transaction of its own, so its failure never loses the ticket.
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return created;
}

/** A ticket the caller may read, else 404 (never another tenant's or another agent's data). */
export async function readableTicket(
  tx: Tx,
  caller: Caller,
  id: string,
  forUpdate = false,
): Promise<TicketWithCustomer> {
  const found = await findTicket(tx, caller.tenantId, id, forUpdate);
  if (!found || !canRead(caller, found.ticket)) throw notFoundError('Ticket');
  return found;
}

/** As readableTicket, and the caller may work on it (not a viewer). */
export async function workableTicket(tx: Tx, caller: Caller, id: string): Promise<TicketWithCustomer> {
  const found = await readableTicket(tx, caller, id, true);
  if (!canWork(caller, found.ticket)) throw notAllowed('You may read this ticket but not change it');
  return found;
}

export async function getTicket(deps: TicketsDeps, caller: Caller, id: string): Promise<Ticket> {
  const { ticket, customer } = await readableTicket(deps.db, caller, id);
  return toTicket(ticket, customer);
}
