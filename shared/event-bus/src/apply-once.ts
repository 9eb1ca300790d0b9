import type { Envelope } from '@switchboard/contracts';
import { processedEvents } from './tables.js';
import type { AnyPgDatabase, HandlerContext } from './types.js';

export type AnyHandler = (event: Envelope, tx: unknown, ctx: HandlerContext) => Promise<void>;

/**
 * Runs `handler` and records the event as processed in ONE transaction, so its effects happen
 * exactly once even though the broker delivers at least once. Returns 'duplicate' when an earlier
 * delivery already committed. A concurrent delivery of the same event waits on the primary key
 * until the first transaction ends, then either applies (it rolled back) or sees the duplicate.
 */
export async function applyOnce(
  db: AnyPgDatabase,
  consumer: string,
  event: Envelope,
  handler: AnyHandler,
  ctx: HandlerContext,
): Promise<'applied' | 'duplicate'> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(processedEvents)
      .values({ consumer, eventId: event.id })
      .onConflictDoNothing()
      .returning({ eventId: processedEvents.eventId });
    if (claimed.length === 0) return 'duplicate';
    await handler(event, tx, ctx);
    return 'applied';
  });
}
