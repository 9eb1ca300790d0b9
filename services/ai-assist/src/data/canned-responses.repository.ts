import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { cannedResponses } from './schema.js';
import { anyLexemeOf, diceSimilarity } from './similarity.js';

export type CannedFact = Omit<typeof cannedResponses.$inferInsert, 'search'> & { responseUpdatedAt: Date };

/** Keeps the response as its event says, unless a newer version is already kept. */
export async function applyCannedFact(tx: Tx, fact: CannedFact): Promise<void> {
  const { id: _, tenantId: __, ...changes } = fact;
  await tx
    .insert(cannedResponses)
    .values(fact)
    .onConflictDoUpdate({
      target: cannedResponses.id,
      set: changes,
      setWhere: lte(cannedResponses.responseUpdatedAt, fact.responseUpdatedAt),
    });
}

export async function forgetCanned(tx: Tx, tenantId: string, id: string): Promise<void> {
  await tx
    .delete(cannedResponses)
    .where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)));
}

/**
 * The canned responses most like `text` that a draft for `assigneeId` may use: the tenant's
 * shared ones and the assignee's own.
 */
export async function similarCanned(
  tx: Tx,
  tenantId: string,
  assigneeId: string,
  text: string,
  limit: number,
) {
  const similarity = diceSimilarity(cannedResponses.search, text);
  const rows = await tx
    .select({ cannedResponseId: cannedResponses.id, content: cannedResponses.body, similarity })
    .from(cannedResponses)
    .where(
      and(
        eq(cannedResponses.tenantId, tenantId),
        or(isNull(cannedResponses.ownerId), eq(cannedResponses.ownerId, assigneeId)),
        sql`${cannedResponses.search} @@ ${anyLexemeOf(text)}`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(limit);
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }));
}
