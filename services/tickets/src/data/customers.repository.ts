import { now } from '@switchboard/clock';
import type { CustomerIdentity } from '@switchboard/contracts';
import { and, asc, count, eq, ilike, inArray, max, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { customerIdentities, customers, messages, tickets } from './schema.js';

export type CustomerRow = typeof customers.$inferSelect;
export type IdentityHolder = CustomerIdentity & { customerId: string };

/** Serialises every writer of these identities of the tenant until the transaction ends (sorted: no deadlock). */
export async function lockIdentities(tx: Tx, tenantId: string, identities: CustomerIdentity[]) {
  const keys = identities.map((i) => `customer:${tenantId}:${i.kind}:${i.value}`).sort();
  for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** Which customers of the tenant hold any of these identities. */
export async function holdersOf(
  tx: Tx | Db,
  tenantId: string,
  identities: CustomerIdentity[],
): Promise<IdentityHolder[]> {
  if (identities.length === 0) return [];
  const matches = identities.map((i) =>
    and(eq(customerIdentities.kind, i.kind), eq(customerIdentities.value, i.value)),
  );
  return tx
    .select({
      kind: customerIdentities.kind,
      value: customerIdentities.value,
      customerId: customerIdentities.customerId,
    })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.tenantId, tenantId), or(...matches)));
}

export async function insertCustomer(tx: Tx, row: typeof customers.$inferInsert): Promise<CustomerRow> {
  const [created] = await tx.insert(customers).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function addIdentities(
  tx: Tx,
  tenantId: string,
  customerId: string,
  identities: CustomerIdentity[],
  newId: () => string,
) {
  if (identities.length === 0) return;
  await tx
    .insert(customerIdentities)
    .values(identities.map((i) => ({ id: newId(), tenantId, customerId, kind: i.kind, value: i.value })));
}

export async function removeIdentity(
  tx: Tx,
  tenantId: string,
  customerId: string,
  identity: CustomerIdentity,
) {
  await tx
    .delete(customerIdentities)
    .where(
      and(
        eq(customerIdentities.tenantId, tenantId),
        eq(customerIdentities.customerId, customerId),
        eq(customerIdentities.kind, identity.kind),
        eq(customerIdentities.value, identity.value),
      ),
    );
}

/** One customer of the tenant; `forUpdate` locks it for a change. */
export async function findCustomer(tx: Tx | Db, tenantId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Several customers of the tenant locked in id order (two merges across the same pair cannot deadlock). */
export async function lockCustomers(tx: Tx, tenantId: string, ids: string[]) {
  return tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, ids)))
    .orderBy(asc(customers.id))
    .for('update');
}

export async function updateCustomer(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<Pick<CustomerRow, 'name' | 'email' | 'phone' | 'attributes' | 'updatedAt'>>,
) {
  const [row] = await tx
    .update(customers)
    .set(changes)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id)))
    .returning();
  if (!row) throw new Error(`customer ${id} vanished inside its transaction`);
  return row;
}

export async function identitiesOfCustomer(db: Db | Tx, tenantId: string, customerId: string) {
  return db
    .select({ kind: customerIdentities.kind, value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.tenantId, tenantId), eq(customerIdentities.customerId, customerId)))
    .orderBy(asc(customerIdentities.kind), asc(customerIdentities.createdAt));
}

/** How many tickets the customer has, how many are still open, and when they last wrote or opened one. */
export async function customerActivity(db: Db | Tx, tenantId: string, customerId: string) {
  const theirs = and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId));
  const [counts] = await db
    .select({
      total: count(),
      open: sql<number>`count(*) filter (where ${notInArray(tickets.status, ['RESOLVED', 'CLOSED'])})`.mapWith(
        Number,
      ),
      lastTicketAt: max(tickets.createdAt),
    })
    .from(tickets)
    .where(theirs);
  const [wrote] = await db
    .select({ at: max(messages.createdAt) })
    .from(messages)
    .innerJoin(tickets, eq(tickets.id, messages.ticketId))
    .where(and(theirs, eq(messages.authorType, 'customer')));
  const candidates = [counts?.lastTicketAt, wrote?.at].filter((d): d is Date => d instanceof Date);
  const latest = candidates.sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return { ticketCount: counts?.total ?? 0, openTicketCount: counts?.open ?? 0, lastContactAt: latest };
}

/** The duplicate's tickets and identities go to the target, then the duplicate is deleted; the moved ticket ids. */
export async function moveCustomerInto(tx: Tx, tenantId: string, fromId: string, intoId: string) {
  const moved = await tx
    .update(tickets)
    .set({ customerId: intoId, updatedAt: now() })
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, fromId)))
    .returning({ id: tickets.id, createdAt: tickets.createdAt });
  await tx
    .update(customerIdentities)
    .set({ customerId: intoId })
    .where(and(eq(customerIdentities.tenantId, tenantId), eq(customerIdentities.customerId, fromId)));
  await tx.delete(customers).where(and(eq(customers.tenantId, tenantId), eq(customers.id, fromId)));
  return moved.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((t) => t.id);
}

/** `q` as a LIKE pattern that matches it anywhere, its own % and _ taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Name, email or any identity (a merged duplicate's address, a channel id) containing `q`; a phone
 * by its digits alone, so "555-0100" finds "+1 (555) 0100".
 */
function matching(q: string): SQL | undefined {
  const digits = q.replace(/\D/g, '');
  const identity = sql`exists (select 1 from ${customerIdentities} i where i.customer_id = ${customers.id}
    and i.value ilike ${containing(q)})`;
  return or(
    ilike(customers.name, containing(q)),
    ilike(customers.email, containing(q)),
    identity,
    digits.length >= 3
      ? sql`regexp_replace(${customers.phone}, '\\D', '', 'g') like ${containing(digits)}`
      : undefined,
  );
}

/** The tenant's customers matching `q` when given, by name. */
export async function searchCustomers(
  db: Db,
  tenantId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const where = and(eq(customers.tenantId, tenantId), q ? matching(q) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(customers)
      .where(where)
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(customers).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
