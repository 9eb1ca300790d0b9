import { now } from '@switchboard/clock';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { macros } from './schema.js';

export type MacroRow = typeof macros.$inferSelect;

/** The tenant's macros, by name. */
export const listMacros = (db: Db, tenantId: string) =>
  db
    .select()
    .from(macros)
    .where(eq(macros.tenantId, tenantId))
    .orderBy(asc(sql`lower(${macros.name})`), asc(macros.id));

export async function findMacro(tx: Tx, tenantId: string, id: string): Promise<MacroRow | undefined> {
  const [row] = await tx
    .select()
    .from(macros)
    .where(and(eq(macros.tenantId, tenantId), eq(macros.id, id)));
  return row;
}

export async function insertMacro(tx: Tx, row: typeof macros.$inferInsert): Promise<MacroRow> {
  const [created] = await tx.insert(macros).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateMacro(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<Pick<MacroRow, 'name' | 'actions'>>,
): Promise<MacroRow | undefined> {
  const [row] = await tx
    .update(macros)
    .set({ ...changes, updatedAt: now() })
    .where(and(eq(macros.tenantId, tenantId), eq(macros.id, id)))
    .returning();
  return row;
}

export async function deleteMacro(tx: Tx, tenantId: string, id: string): Promise<MacroRow | undefined> {
  const [row] = await tx
    .delete(macros)
    .where(and(eq(macros.tenantId, tenantId), eq(macros.id, id)))
    .returning();
  return row;
}
