import { uuidv7 } from '@switchboard/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { customers } from './schema.js';

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
