import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from './db.js';
import { attachments, customers, messages, tickets } from './schema.js';
import type { TicketWithCustomer } from './tickets.repository.js';

/**
 * Locks the tenant's tickets by id in id order, whatever order the caller names them in: two
 * merges racing A→B and B→A queue on the same first lock instead of deadlocking.
 */
export async function lockTicketsInOrder(
  tx: Tx,
  tenantId: string,
  ids: string[],
): Promise<TicketWithCustomer[]> {
  return tx
    .select({ ticket: tickets, customer: customers })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)))
    .orderBy(asc(tickets.id))
    .for('update', { of: tickets });
}

/**
 * Moves every message and attachment of one ticket to another, keeping their ids (read receipts and
 * attachment links stay valid) and their times (the target's thread sorts them among its own).
 * Returns the moved message ids, oldest first.
 */
export async function moveConversation(tx: Tx, tenantId: string, fromId: string, toId: string) {
  const moved = await tx
    .update(messages)
    .set({ ticketId: toId })
    .where(and(eq(messages.tenantId, tenantId), eq(messages.ticketId, fromId)))
    .returning({ id: messages.id, createdAt: messages.createdAt });
  await tx
    .update(attachments)
    .set({ ticketId: toId })
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.ticketId, fromId)));
  return moved
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((m) => m.id);
}
