import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Tx } from './db.js';
import { helpRequests } from './schema.js';

export type HelpRequestRow = typeof helpRequests.$inferSelect;
export type HelpStatus = HelpRequestRow['status'];

export async function insertHelpRequest(tx: Tx, row: HelpRequestRow): Promise<void> {
  await tx.insert(helpRequests).values(row);
}

/** The tenant's help request, locked for the rest of the transaction. */
export async function lockHelpRequest(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.id, id)))
    .for('update');
  return row;
}

export async function saveHelpRequest(
  tx: Tx,
  id: string,
  changes: Partial<Omit<HelpRequestRow, 'id' | 'tenantId'>>,
): Promise<HelpRequestRow> {
  const [row] = await tx.update(helpRequests).set(changes).where(eq(helpRequests.id, id)).returning();
  if (!row) throw new Error('help request vanished');
  return row;
}

/** The tenant's help requests, newest first, optionally of one requester and one status. */
export async function listHelpRequests(
  tx: Tx,
  tenantId: string,
  filter: { requesterId?: string | undefined; status?: HelpStatus | undefined },
  window: { limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(helpRequests.tenantId, tenantId)];
  if (filter.requesterId) conditions.push(eq(helpRequests.requesterId, filter.requesterId));
  if (filter.status) conditions.push(eq(helpRequests.status, filter.status));
  const where = and(...conditions);
  const rows = await tx
    .select()
    .from(helpRequests)
    .where(where)
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await tx.select({ n: count() }).from(helpRequests).where(where);
  return { rows, total: total?.n ?? 0 };
}
