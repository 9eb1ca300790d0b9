import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { ticketAssignments } from './schema.js';

/** Statuses in which a ticket is the assignee's work. */
export const openStatuses = ['ASSIGNED', 'IN_PROGRESS', 'PENDING'];

export type TicketFact = {
  ticketId: string;
  tenantId: string;
  agentId: string | null;
  status: string;
  updatedAt: Date;
};

/**
 * Keeps a ticket's assignee and status; returns the agent it had before (to recount), or
 * undefined when the fact is older than what is kept (nothing changed).
 */
export async function applyTicketFact(
  tx: Tx,
  fact: TicketFact,
): Promise<{ before: string | null } | undefined> {
  const [before] = await tx
    .select()
    .from(ticketAssignments)
    .where(eq(ticketAssignments.ticketId, fact.ticketId))
    .for('update');
  if (before && before.ticketUpdatedAt > fact.updatedAt) return undefined;
  await tx
    .insert(ticketAssignments)
    .values({
      ticketId: fact.ticketId,
      tenantId: fact.tenantId,
      agentId: fact.agentId,
      status: fact.status,
      ticketUpdatedAt: fact.updatedAt,
    })
    .onConflictDoUpdate({
      target: ticketAssignments.ticketId,
      set: { agentId: fact.agentId, status: fact.status, ticketUpdatedAt: fact.updatedAt },
    });
  return { before: before?.agentId ?? null };
}

export async function countOpenTickets(tx: Tx, tenantId: string, agentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(ticketAssignments)
    .where(
      and(
        eq(ticketAssignments.tenantId, tenantId),
        eq(ticketAssignments.agentId, agentId),
        inArray(ticketAssignments.status, openStatuses),
      ),
    );
  return row?.n ?? 0;
}

/** Open tickets per agent of the tenant. */
export async function openTicketCounts(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ agentId: ticketAssignments.agentId, n: count() })
    .from(ticketAssignments)
    .where(
      and(
        eq(ticketAssignments.tenantId, tenantId),
        inArray(ticketAssignments.status, openStatuses),
        sql`${ticketAssignments.agentId} is not null`,
      ),
    )
    .groupBy(ticketAssignments.agentId);
  return new Map(rows.flatMap((r) => (r.agentId ? [[r.agentId, r.n] as const] : [])));
}

/** The tenant of a ticket this service has seen in ticket events, or undefined when unseen. */
export async function tenantOfTicket(tx: Tx, ticketId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ tenantId: ticketAssignments.tenantId })
    .from(ticketAssignments)
    .where(eq(ticketAssignments.ticketId, ticketId));
  return row?.tenantId;
}
