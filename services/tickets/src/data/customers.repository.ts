import { uuidv7 } from '@switchboard/contracts';
import { and, asc, count, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { customers, tickets } from './schema.js';

export type CustomerRow = typeof customers.$inferSelect;

export type CustomerInput = {
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

/** The tenant's customer with this email (else phone), created when new; serialised per contact by a lock. */
export async function findOrCreateCustomer(
  tx: Tx,
  tenantId: string,
  input: CustomerInput,
): Promise<CustomerRow> {
  const key = input.email?.toLowerCase() || input.phone;
  if (key) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`customer:${tenantId}:${key}`}))`);
  const match = input.email
    ? eq(sql`lower(${customers.email})`, input.email.toLowerCase())
    : input.phone
      ? eq(customers.phone, input.phone)
      : undefined;
  if (match) {
    const [existing] = await tx
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), match));
    if (existing) return existing;
  }
  const [created] = await tx
    .insert(customers)
    .values({
      id: uuidv7(),
      tenantId,
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
    })
    .returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** `q` as a LIKE pattern that matches it anywhere, its own % and _ taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Name or email containing `q`; a phone by its digits alone, so "555-0100" finds "+1 (555) 0100". */
function matching(q: string): SQL | undefined {
  const digits = q.replace(/\D/g, '');
  return or(
    ilike(customers.name, containing(q)),
    ilike(customers.email, containing(q)),
    digits.length >= 3
      ? sql`regexp_replace(${customers.phone}, '\\D', '', 'g') like ${containing(digits)}`
      : undefined,
  );
}

/** The tenant's customers seen on at least one of its tickets, matching `q` when given, by name. */
export async function searchCustomers(
  db: Db,
  tenantId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const onATicket = exists(
    db
      .select({ one: sql`1` })
      .from(tickets)
      .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customers.id))),
  );
  const where = and(eq(customers.tenantId, tenantId), onATicket, q ? matching(q) : undefined);
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
