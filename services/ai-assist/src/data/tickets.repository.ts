import { and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { LabelMarks } from '../domain/labels.js';
import type { Tx } from './db.js';
import { tickets } from './schema.js';
import { anyLexemeOf, diceSimilarity } from './similarity.js';

export type TicketRow = typeof tickets.$inferSelect;

/** A ticket as its events carry it. */
export type TicketFact = Pick<
  TicketRow,
  | 'ticketId'
  | 'tenantId'
  | 'subject'
  | 'description'
  | 'category'
  | 'priority'
  | 'assigneeId'
  | 'status'
  | 'customerName'
  | 'ticketUpdatedAt'
>;

const marked = (marks: LabelMarks) => ({
  ...(marks.category !== undefined ? { categoryLabelled: marks.category } : {}),
  ...(marks.priority !== undefined ? { priorityLabelled: marks.priority } : {}),
});

/**
 * Keeps the ticket as the event says, with whichever labels the event says a person set; returns
 * the row after it, or undefined when the event is older than what is kept (nothing changed).
 */
export async function applyTicketFact(tx: Tx, fact: TicketFact, marks: LabelMarks) {
  const [before] = await tx
    .select({ ticketUpdatedAt: tickets.ticketUpdatedAt })
    .from(tickets)
    .where(eq(tickets.ticketId, fact.ticketId))
    .for('update');
  if (before && before.ticketUpdatedAt > fact.ticketUpdatedAt) return undefined;
  const { ticketId: _, tenantId: __, ...changes } = fact;
  const [row] = await tx
    .insert(tickets)
    .values({ ...fact, ...marked(marks) })
    .onConflictDoUpdate({ target: tickets.ticketId, set: { ...changes, ...marked(marks) } })
    .returning();
  return row;
}

export async function findTicket(tx: Tx, tenantId: string, ticketId: string): Promise<TicketRow | undefined> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.ticketId, ticketId)));
  return row;
}

export async function findTickets(tx: Tx, tenantId: string, ticketIds: string[]) {
  return tx
    .select({ ticketId: tickets.ticketId, assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.ticketId, ticketIds)));
}

/** The customer's first words on the ticket (kept once), and their name when the ticket had none. */
export async function keepCustomerMessage(
  tx: Tx,
  tenantId: string,
  ticketId: string,
  message: { body: string; authorName: string | null },
): Promise<void> {
  await tx
    .update(tickets)
    .set({
      firstCustomerMessage: sql`coalesce(${tickets.firstCustomerMessage}, ${message.body})`,
      customerName: sql`coalesce(${tickets.customerName}, ${message.authorName})`,
    })
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.ticketId, ticketId)));
}

export async function keepAgentReply(
  tx: Tx,
  tenantId: string,
  ticketId: string,
  body: string,
): Promise<void> {
  await tx
    .update(tickets)
    .set({ lastAgentReply: body })
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.ticketId, ticketId)));
}

/** The tenant's tickets a person labelled, for a full retrain. */
export async function labelledTickets(tx: Tx, tenantId: string): Promise<TicketRow[]> {
  return tx
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        or(eq(tickets.categoryLabelled, true), eq(tickets.priorityLabelled, true)),
      ),
    );
}

/** The categories the tenant's people have used so far: the only ones a provider may answer. */
export async function tenantCategories(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ category: tickets.category })
    .from(tickets)
    .where(
      and(eq(tickets.tenantId, tenantId), eq(tickets.categoryLabelled, true), isNotNull(tickets.category)),
    );
  return rows.flatMap((r) => (r.category ? [r.category] : [])).sort();
}

export type SimilarTicket = {
  ticketId: string;
  reply: string;
  customerName: string | null;
  similarity: number;
};

/** The tenant's resolved tickets most like `text` (data/similarity.ts), with the reply that resolved them. */
export async function similarResolvedTickets(
  tx: Tx,
  tenantId: string,
  exceptTicketId: string,
  text: string,
  limit: number,
): Promise<SimilarTicket[]> {
  const query = anyLexemeOf(text);
  const similarity = diceSimilarity(tickets.search, text);
  const rows = await tx
    .select({
      ticketId: tickets.ticketId,
      reply: tickets.lastAgentReply,
      customerName: tickets.customerName,
      similarity,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        inArray(tickets.status, ['RESOLVED', 'CLOSED']),
        isNotNull(tickets.lastAgentReply),
        sql`${tickets.ticketId} <> ${exceptTicketId}`,
        sql`${tickets.search} @@ ${query}`,
      ),
    )
    .orderBy(desc(similarity), desc(sql`ts_rank(${tickets.search}, ${query})`))
    .limit(limit);
  return rows.flatMap((r) => (r.reply ? [{ ...r, reply: r.reply, similarity: Number(r.similarity) }] : []));
}
