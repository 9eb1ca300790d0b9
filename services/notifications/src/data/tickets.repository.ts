import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { tickets } from './schema.js';

export type TicketRow = typeof tickets.$inferSelect;

/** Keeps the ticket as the event says, unless what is kept is newer (events may arrive out of order). */
export async function applyTicket(tx: Tx, ticket: TicketRow): Promise<void> {
  const { ticketId: _, tenantId: __, ...changes } = ticket;
  await tx
    .insert(tickets)
    .values(ticket)
    .onConflictDoUpdate({
      target: tickets.ticketId,
      set: changes,
      setWhere: sql`${tickets.ticketUpdatedAt} <= ${ticket.ticketUpdatedAt}`,
    });
}

export async function findTicket(tx: Tx, tenantId: string, ticketId: string): Promise<TicketRow | undefined> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.ticketId, ticketId)));
  return row;
}
