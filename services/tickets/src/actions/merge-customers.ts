import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { conflictError, notFoundError } from '@switchboard/contracts';
import { enqueueEvents } from '@switchboard/event-bus';
import {
  type CustomerRow,
  lockCustomers,
  moveCustomerInto,
  updateCustomer,
} from '../data/customers.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent, ticketEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { findTickets, recordHistories } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { mergeAttributes } from '../domain/customer-identity.js';
import { boundedAttributes, profileOf } from './customers.js';
import { factOf } from './resolve-customer.js';

/**
 * A duplicate folded into the customer that stays (supervisors and admins): its tickets and
 * identities move, its attributes fill the gaps, it is deleted — all in one transaction, with a
 * history entry and a `ticket.updated` on every moved ticket (open tabs show the new customer) and
 * one `customer.merged` for the services that keep customer ids.
 */
export async function mergeCustomers(deps: TicketsDeps, caller: Caller, sourceId: string, intoId: string) {
  if (sourceId === intoId) throw conflictError('A customer cannot be merged into itself');
  return deps.db.transaction(async (tx) => {
    const locked = await lockCustomers(tx, caller.tenantId, [sourceId, intoId]);
    const source = locked.find((c) => c.id === sourceId);
    const target = locked.find((c) => c.id === intoId);
    if (!source || !target) throw notFoundError('Customer');
    const ticketIds = await moveCustomerInto(tx, caller.tenantId, source.id, target.id);
    const merged = await updateCustomer(tx, caller.tenantId, target.id, {
      email: target.email ?? source.email,
      phone: target.phone ?? source.phone,
      attributes: boundedAttributes(mergeAttributes(target.attributes, source.attributes)),
      updatedAt: now(),
    });
    await auditMovedTickets(tx, caller, ticketIds, source);
    await recordEvent(tx, caller, 'customer.merged', {
      ...factOf(merged),
      actorId: caller.userId,
      mergedCustomerId: source.id,
      ticketIds,
    });
    return profileOf(tx, merged);
  });
}

async function auditMovedTickets(tx: Tx, caller: Caller, ticketIds: string[], source: CustomerRow) {
  await recordHistories(
    tx,
    ticketIds.map((ticketId) => ({
      tenantId: caller.tenantId,
      ticketId,
      actorId: caller.userId,
      action: 'customer_merged',
      changes: { from: source.id, fromName: source.name },
    })),
  );
  const moved = await findTickets(tx, caller.tenantId, ticketIds);
  await enqueueEvents(
    tx,
    moved.map(({ ticket, customer }) =>
      ticketEvent(
        'ticket.updated',
        {
          ...toTicket(ticket, customer),
          ticketId: ticket.id,
          changed: ['customerId'],
          actorId: caller.userId,
        },
        caller,
      ),
    ),
  );
}
