import type { Dashboard } from '@switchboard/contracts';
import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { tenantDashboards } from './schema.js';

const d = tenantDashboards;

/** The tenant's dashboard may have changed: the next push recomputes it. Keeps the earliest mark. */
export async function markDirty(tx: Tx, tenantId: string, at: Date): Promise<void> {
  await tx
    .insert(d)
    .values({ tenantId, dirtySince: at })
    .onConflictDoUpdate({ target: d.tenantId, set: { dirtySince: sql`coalesce(${d.dirtySince}, ${at})` } });
}

/** Every known tenant is to be recomputed (a new local day changes the *Today numbers). */
export async function markAllDirty(tx: Tx, at: Date): Promise<void> {
  await tx.update(d).set({ dirtySince: at }).where(isNull(d.dirtySince));
}

/** Tenants with a change not yet pushed and no push since `pushedBefore` (the throttle). */
export async function dueTenants(tx: Tx, pushedBefore: Date): Promise<string[]> {
  const rows = await tx
    .select({ tenantId: d.tenantId })
    .from(d)
    .where(and(isNotNull(d.dirtySince), or(isNull(d.pushedAt), lt(d.pushedAt, pushedBefore))));
  return rows.map((r) => r.tenantId);
}

/** Locks the tenant's row for one push; null when another push holds it or nothing is due. */
export async function claimDashboard(tx: Tx, tenantId: string) {
  const [row] = await tx
    .select()
    .from(d)
    .where(and(eq(d.tenantId, tenantId), isNotNull(d.dirtySince)))
    .for('update', { skipLocked: true });
  return row ? { pushed: row.pushed as Dashboard | null } : null;
}

/** Records the push (or that nothing changed) and clears the mark. */
export async function settleDashboard(tx: Tx, tenantId: string, at: Date, pushed: Dashboard | null) {
  const set = pushed ? { dirtySince: null, pushedAt: at, pushed } : { dirtySince: null };
  await tx.update(d).set(set).where(eq(d.tenantId, tenantId));
}
