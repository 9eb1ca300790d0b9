import type { Envelope } from '@switchboard/contracts';
import { and, asc, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { outbox, processedEvents } from './tables.js';
import type { AnyPgDatabase } from './types.js';

/** The relay's queries on the outbox table, kept apart from its control loop. */

export type PendingRow = { seq: number; envelope: Envelope };

/** The oldest unpublished rows, in publish order (served by the partial index). */
export async function fetchUnpublished(db: AnyPgDatabase, limit: number): Promise<PendingRow[]> {
  const rows = await db
    .select({ seq: outbox.seq, envelope: outbox.envelope })
    .from(outbox)
    .where(isNull(outbox.publishedAt))
    .orderBy(asc(outbox.seq))
    .limit(limit);
  return rows.map((r) => ({ seq: r.seq, envelope: r.envelope as Envelope }));
}

export async function markPublished(db: AnyPgDatabase, seqs: readonly number[]): Promise<void> {
  await db
    .update(outbox)
    .set({ publishedAt: sql`now()` })
    .where(inArray(outbox.seq, [...seqs]));
}

/** Leaves the rows unpublished (so they are retried) but records why, for operators. */
export async function recordFailure(
  db: AnyPgDatabase,
  seqs: readonly number[],
  error: string,
): Promise<void> {
  await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error.slice(0, 2_000) })
    .where(inArray(outbox.seq, [...seqs]));
}

/** Deletes rows published more than `retentionMs` ago; returns how many. */
export async function prunePublished(db: AnyPgDatabase, retentionMs: number): Promise<number> {
  const deleted = await db
    .delete(outbox)
    .where(
      and(
        isNotNull(outbox.publishedAt),
        lt(outbox.publishedAt, sql`now() - ${retentionMs} * interval '1 millisecond'`),
      ),
    )
    .returning({ seq: outbox.seq });
  return deleted.length;
}

/**
 * Forgets which events were applied more than `retentionMs` ago; returns how many. Redeliveries
 * come within minutes (hours in an outage), so an event id older than that is never seen again,
 * and a dead letter replayed later was never applied.
 */
export async function pruneProcessed(db: AnyPgDatabase, retentionMs: number): Promise<number> {
  const deleted = await db
    .delete(processedEvents)
    .where(lt(processedEvents.processedAt, sql`now() - ${retentionMs} * interval '1 millisecond'`))
    .returning({ eventId: processedEvents.eventId });
  return deleted.length;
}
