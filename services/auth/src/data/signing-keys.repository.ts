import { and, desc, gt, isNull, ne, or } from 'drizzle-orm';
import type { Tx } from './db.js';
import { signingKeys } from './schema.js';

export type SigningKeyRow = typeof signingKeys.$inferSelect;

/** Keys still worth publishing: current ones and those retired less than `graceMs` ago. */
export async function publishedKeys(db: Tx, graceMs: number): Promise<SigningKeyRow[]> {
  const since = new Date(Date.now() - graceMs);
  return db
    .select()
    .from(signingKeys)
    .where(or(isNull(signingKeys.retiredAt), gt(signingKeys.retiredAt, since)))
    .orderBy(desc(signingKeys.createdAt));
}

export async function insertSigningKey(tx: Tx, row: typeof signingKeys.$inferInsert): Promise<void> {
  await tx.insert(signingKeys).values(row);
}

export async function retireKeysExcept(tx: Tx, kid: string): Promise<void> {
  await tx
    .update(signingKeys)
    .set({ retiredAt: new Date() })
    .where(and(isNull(signingKeys.retiredAt), ne(signingKeys.kid, kid)));
}
