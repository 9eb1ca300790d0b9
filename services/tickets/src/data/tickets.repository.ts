import { now } from '@switchboard/clock';
import { uuidv7 } from '@switchboard/contracts';
import { and, asc, count, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { customers, messages, ticketCounters, ticketHistory, tickets } from './schema.js';

export type TicketRow = typeof tickets.$inferSelect;
export type CustomerRow = typeof customers.$inferSelect;
export type TicketWithCustomer = { ticket: TicketRow; customer: CustomerRow | null };

export const ticketSorts = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'priority',
  '-priority',
] as const;

export type TicketFilters = {
  status?: TicketRow['status'][] | undefined;
  priority?: TicketRow['priority'] | undefined;
  assigneeId?: string | 'none' | undefined;
  category?: string | undefined;
  tag?: string | undefined;
  customerId?: string | undefined;
  q?: string | undefined;
  sort: (typeof ticketSorts)[number];
  /** An agent's view: their own tickets and the unassigned queue (docs/api.md §3). */
  visibleTo?: string | undefined;
};

/**
 * Inserts a ticket with the tenant's next number. The counter's upsert locks the tenant's counter row
 * until the transaction ends, so concurrent creates queue on it (no duplicates) and a rolled-back
 * create returns its number (no gaps).
 */
export async function insertTicket(
  tx: Tx,
  row: Omit<typeof tickets.$inferInsert, 'number'>,
): Promise<TicketRow> {
  const [counter] = await tx
    .insert(ticketCounters)
    .values({ tenantId: row.tenantId, lastNumber: 1 })
    .onConflictDoUpdate({
      target: ticketCounters.tenantId,
      set: { lastNumber: sql`${ticketCounters.lastNumber} + 1` },
    })
    .returning({ number: ticketCounters.lastNumber });
  if (!counter) throw new Error('ticket counter upsert returned no row');
  const [created] = await tx
    .insert(tickets)
    .values({ ...row, number: counter.number })
    .returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** One ticket of the tenant with its customer; `forUpdate` locks it for a change. */
export async function findTicket(
  tx: Tx,
  tenantId: string,
  id: string,
  forUpdate = false,
): Promise<TicketWithCustomer | undefined> {
  const query = tx
    .select({ ticket: tickets, customer: customers })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: tickets }) : await query;
  return row;
}

/** Tickets of the tenant with their customers, by id (in no particular order). */
export async function findTickets(tx: Tx, tenantId: string, ids: string[]): Promise<TicketWithCustomer[]> {
  return tx
    .select({ ticket: tickets, customer: customers })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)));
}

/** The customer's latest ticket that is not CLOSED, locked: a new message of theirs belongs there. */
export async function findOpenTicketOf(tx: Tx, tenantId: string, customerId: string) {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(
      and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId), ne(tickets.status, 'CLOSED')),
    )
    .orderBy(desc(tickets.createdAt))
    .limit(1)
    .for('update');
  return row;
}

export async function updateTicket(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<typeof tickets.$inferInsert>,
) {
  const [row] = await tx
    .update(tickets)
    .set({ ...changes, updatedAt: now() })
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, id)))
    .returning();
  if (!row) throw new Error(`ticket ${id} vanished inside its transaction`);
  return row;
}

const priorityRank = sql`array_position(array['low','medium','high','urgent'], ${tickets.priority})`;

export async function listTickets(db: Db, tenantId: string, f: TicketFilters, limit: number, offset: number) {
  const where = and(eq(tickets.tenantId, tenantId), ...filterClauses(f));
  const column = f.sort.replace('-', '');
  const key =
    column === 'priority' ? priorityRank : column === 'updatedAt' ? tickets.updatedAt : tickets.createdAt;
  const [rows, [total]] = await Promise.all([
    db
      .select({ ticket: tickets, customer: customers })
      .from(tickets)
      .leftJoin(customers, eq(customers.id, tickets.customerId))
      .where(where)
      .orderBy(f.sort.startsWith('-') ? desc(key) : asc(key), asc(tickets.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(tickets).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

function filterClauses(f: TicketFilters): SQL[] {
  const clauses: (SQL | undefined)[] = [
    f.status ? inArray(tickets.status, f.status) : undefined,
    f.priority ? eq(tickets.priority, f.priority) : undefined,
    f.assigneeId === 'none'
      ? isNull(tickets.assigneeId)
      : f.assigneeId
        ? eq(tickets.assigneeId, f.assigneeId)
        : undefined,
    f.category ? eq(tickets.category, f.category) : undefined,
    f.tag ? sql`${tickets.tags} @> array[${f.tag}]::text[]` : undefined,
    f.customerId ? eq(tickets.customerId, f.customerId) : undefined,
    f.visibleTo ? or(isNull(tickets.assigneeId), eq(tickets.assigneeId, f.visibleTo)) : undefined,
    f.q ? matching(f.q) : undefined,
  ];
  return clauses.filter((c): c is SQL => c !== undefined);
}

/** `#42` is ticket 42 only; a bare `42` is ticket 42 or any ticket that mentions 42. */
function matching(q: string): SQL {
  const number = /^#?(\d{1,9})$/.exec(q)?.[1];
  if (number === undefined) return fullText(q);
  const isNumber = eq(tickets.number, Number(number));
  return q.startsWith('#') ? isNumber : (or(isNumber, fullText(q)) as SQL);
}

/**
 * Postgres full-text over the ticket, its messages and its customer (name, email, phone: agents
 * search by who wrote in); `websearch_to_tsquery` never fails on user input.
 */
function fullText(q: string): SQL {
  const query = sql`websearch_to_tsquery('simple', ${q})`;
  const customer = sql`to_tsvector('simple', concat_ws(' ', c.name, c.email, c.phone))`;
  return sql`(${tickets.search} @@ ${query}
    or exists (select 1 from ${messages} m where m.ticket_id = ${tickets.id} and m.search @@ ${query})
    or exists (select 1 from ${customers} c where c.id = ${tickets.customerId} and ${customer} @@ ${query}))`;
}

/** Each tag of the tenant's tickets with how many carry it, most used first. */
export async function countTags(db: Db, tenantId: string): Promise<{ tag: string; count: number }[]> {
  const tag = sql<string>`unnest(${tickets.tags})`;
  const rows = await db
    .select({ tag, count: sql<number>`count(*)::int` })
    .from(tickets)
    .where(eq(tickets.tenantId, tenantId))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`, sql`1`);
  return rows;
}

export async function recordHistory(
  tx: Tx,
  entry: {
    tenantId: string;
    ticketId: string;
    actorId: string | null;
    action: string;
    changes?: Record<string, unknown>;
  },
): Promise<void> {
  await recordHistories(tx, [entry]);
}

type HistoryEntry = Parameters<typeof recordHistory>[1];

export async function recordHistories(tx: Tx, entries: HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(ticketHistory).values(entries.map((entry) => ({ id: uuidv7(), changes: {}, ...entry })));
}

export async function listHistory(db: Db, tenantId: string, ticketId: string) {
  return db
    .select()
    .from(ticketHistory)
    .where(and(eq(ticketHistory.tenantId, tenantId), eq(ticketHistory.ticketId, ticketId)))
    .orderBy(asc(ticketHistory.at), asc(ticketHistory.id));
}
