import { and, count, countDistinct, eq } from 'drizzle-orm';
import { bigserial, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgDatabase } from '../../src/index.js';

/** What test handlers "do": one row per application, deliberately without a unique key. */
export const applied = pgTable('applied', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  consumer: text('consumer').notNull(),
  eventId: uuid('event_id').notNull(),
  appliedBy: text('applied_by').notNull(),
});

export async function recordEffect(
  tx: AnyPgDatabase,
  consumer: string,
  eventId: string,
  appliedBy = consumer,
) {
  await tx.insert(applied).values({ consumer, eventId, appliedBy });
}

/** Applications of one event by one consumer. */
export async function timesApplied(db: AnyPgDatabase, consumer: string, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(applied)
    .where(and(eq(applied.consumer, consumer), eq(applied.eventId, eventId)));
  return row?.n ?? 0;
}

/** Total and distinct applications by one consumer. */
export async function appliedBy(db: AnyPgDatabase, consumer: string) {
  const [row] = await db
    .select({ total: count(), distinct: countDistinct(applied.eventId) })
    .from(applied)
    .where(eq(applied.consumer, consumer));
  return { total: row?.total ?? 0, distinct: row?.distinct ?? 0 };
}
