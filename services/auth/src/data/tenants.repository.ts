import { eq, like, or, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { tenants } from './schema.js';

export type TenantRow = typeof tenants.$inferSelect;

export async function insertTenant(tx: Tx, row: typeof tenants.$inferInsert): Promise<TenantRow> {
  const [created] = await tx.insert(tenants).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** A free slug from `base` (`base`, `base-2`, …); the lock serialises concurrent signups of one name. */
export async function claimSlug(tx: Tx, base: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tenant-slug:${base}`}))`);
  const rows = await tx
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(or(eq(tenants.slug, base), like(tenants.slug, `${base}-%`)));
  const taken = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function findTenant(tx: Tx, id: string): Promise<TenantRow | undefined> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.id, id));
  return row;
}
