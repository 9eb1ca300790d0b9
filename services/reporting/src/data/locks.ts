import { sql } from 'drizzle-orm';
import type { Tx } from './db.js';

/*
 * Transaction-scoped advisory locks. Applying an event holds its tenant's lock shared and its
 * subject's exclusively: two events of one ticket never project concurrently (each would miss the
 * other's), and a rebuild, holding the tenant's lock exclusively, runs alone.
 */
const key = (scope: string, id: string) => sql`hashtextextended(${`${scope}:${id}`}, 0)`;

export async function lockTenantShared(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${key('tenant', tenantId)})`);
}

export async function lockTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${key('tenant', tenantId)})`);
}

export async function lockSubject(tx: Tx, subjectId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${key('subject', subjectId)})`);
}
