import {
  type Envelope,
  type EventContext,
  type EventData,
  type EventType,
  newEvent,
} from '@switchboard/contracts';
import { activeTraceparent } from '@switchboard/tracing';
import { sql } from 'drizzle-orm';
import { outbox } from './tables.js';
import type { AnyPgDatabase } from './types.js';

/** Channel the relay LISTENs on; NOTIFY is delivered only when the writing transaction commits. */
export const OUTBOX_CHANNEL = 'outbox';

/**
 * Records events in the caller's transaction: they are published if and only if it commits.
 * Pass the transaction (or a db for a single-statement write), never a separate connection.
 */
export async function enqueueEvents(tx: AnyPgDatabase, envelopes: readonly Envelope[]): Promise<void> {
  if (envelopes.length === 0) return;
  await tx
    .insert(outbox)
    .values(envelopes.map((e) => ({ id: e.id, type: e.type, tenantId: e.tenantId, envelope: traced(e) })));
  // Wakes the relay right after commit instead of at its next poll; a rollback discards it.
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/** The event carries the trace of the request or event being handled, so its consumers continue it. */
function traced(envelope: Envelope): Envelope {
  const traceparent = envelope.traceparent ?? activeTraceparent();
  return traceparent ? { ...envelope, traceparent } : envelope;
}

/** A producer's `record(tx, origin, type, data)`: builds a validated envelope and enqueues it in `tx`. */
export function eventRecorder(producer: string) {
  return async <T extends EventType>(tx: AnyPgDatabase, origin: EventContext, type: T, data: EventData<T>) =>
    enqueueEvents(tx, [newEvent(type, data, origin, producer)]);
}
