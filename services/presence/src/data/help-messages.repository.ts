import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import { helpRequestMessages, helpRequests } from './schema.js';

export type HelpMessageRow = typeof helpRequestMessages.$inferSelect;

/** The tenant's help request, or undefined. */
export async function findHelpRequest(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.id, id)));
  return row;
}

export async function insertHelpMessage(tx: Tx, row: HelpMessageRow): Promise<void> {
  await tx.insert(helpRequestMessages).values(row);
}

/** A help request's thread, oldest first. */
export async function listHelpMessages(
  tx: Tx,
  tenantId: string,
  helpRequestId: string,
  window: { limit: number; offset: number },
) {
  const where = and(
    eq(helpRequestMessages.tenantId, tenantId),
    eq(helpRequestMessages.helpRequestId, helpRequestId),
  );
  const rows = await tx
    .select()
    .from(helpRequestMessages)
    .where(where)
    .orderBy(asc(helpRequestMessages.createdAt), asc(helpRequestMessages.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await tx.select({ n: count() }).from(helpRequestMessages).where(where);
  return { rows, total: total?.n ?? 0 };
}
