import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Tx } from './db.js';
import { auditEntries, knownStates } from './schema.js';

export type AuditEntryRow = typeof auditEntries.$inferSelect;

export type AuditFilters = {
  actorId?: string;
  action?: string;
  targetType?: string;
  from?: Date;
  to?: Date;
};

/** Appends one entry; a redelivered event (same id) adds nothing. */
export async function appendEntry(tx: Tx, row: AuditEntryRow): Promise<void> {
  await tx.insert(auditEntries).values(row).onConflictDoNothing({ target: auditEntries.id });
}

export async function knownState(tx: Tx, tenantId: string, targetType: string, targetId: string) {
  const [row] = await tx
    .select({ state: knownStates.state })
    .from(knownStates)
    .where(
      and(
        eq(knownStates.tenantId, tenantId),
        eq(knownStates.targetType, targetType),
        eq(knownStates.targetId, targetId),
      ),
    );
  return row?.state;
}

export async function keepState(
  tx: Tx,
  key: { tenantId: string; targetType: string; targetId: string },
  state: Record<string, unknown>,
): Promise<void> {
  await tx
    .insert(knownStates)
    .values({ ...key, state })
    .onConflictDoUpdate({
      target: [knownStates.tenantId, knownStates.targetType, knownStates.targetId],
      set: { state },
    });
}

const whereOf = (tenantId: string, f: AuditFilters): SQL | undefined =>
  and(
    eq(auditEntries.tenantId, tenantId),
    f.actorId ? eq(auditEntries.actorId, f.actorId) : undefined,
    f.action ? eq(auditEntries.action, f.action) : undefined,
    f.targetType ? eq(auditEntries.targetType, f.targetType) : undefined,
    f.from ? gte(auditEntries.at, f.from) : undefined,
    f.to ? lte(auditEntries.at, f.to) : undefined,
  );

/** The tenant's entries matching `filters`, newest first. */
export async function listEntries(
  tx: Tx,
  tenantId: string,
  filters: AuditFilters,
  limit: number,
  offset: number,
) {
  const where = whereOf(tenantId, filters);
  const rows = await tx
    .select()
    .from(auditEntries)
    .where(where)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit)
    .offset(offset);
  const [total] = await tx.select({ n: count() }).from(auditEntries).where(where);
  return { rows, total: total?.n ?? 0 };
}
