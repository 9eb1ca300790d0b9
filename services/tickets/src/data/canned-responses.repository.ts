import { now } from '@switchboard/clock';
import { and, asc, eq, ilike, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { cannedResponses } from './schema.js';

export type CannedRow = typeof cannedResponses.$inferSelect;
export type CannedChange = Partial<Pick<CannedRow, 'shortCode' | 'title' | 'body'>>;

/** The unique indexes a short code can clash with: the tenant's shared ones, or one owner's. */
export const cannedCodeIndexes = ['canned_responses_tenant_code_uq', 'canned_responses_owner_code_uq'];

const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** What `userId` may use: the tenant's shared responses and their own, by short code; `q` in code, title or body. */
export async function listCanned(db: Db, tenantId: string, userId: string, q?: string): Promise<CannedRow[]> {
  const visible = or(isNull(cannedResponses.ownerId), eq(cannedResponses.ownerId, userId));
  const matching = q
    ? or(
        ilike(cannedResponses.shortCode, containing(q)),
        ilike(cannedResponses.title, containing(q)),
        ilike(cannedResponses.body, containing(q)),
      )
    : undefined;
  return db
    .select()
    .from(cannedResponses)
    .where(and(eq(cannedResponses.tenantId, tenantId), visible, matching))
    .orderBy(asc(cannedResponses.shortCode), asc(cannedResponses.id));
}

export async function findCanned(tx: Tx, tenantId: string, id: string): Promise<CannedRow | undefined> {
  const [row] = await tx
    .select()
    .from(cannedResponses)
    .where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)));
  return row;
}

export async function insertCanned(tx: Tx, row: typeof cannedResponses.$inferInsert): Promise<CannedRow> {
  const [created] = await tx.insert(cannedResponses).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateCanned(tx: Tx, tenantId: string, id: string, change: CannedChange) {
  const [row] = await tx
    .update(cannedResponses)
    .set({ ...change, updatedAt: now() })
    .where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)))
    .returning();
  if (!row) throw new Error('update matched no row');
  return row;
}

export async function deleteCanned(tx: Tx, tenantId: string, id: string): Promise<void> {
  await tx
    .delete(cannedResponses)
    .where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)));
}
