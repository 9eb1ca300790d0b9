import { type EventData, type EventType, newEvent } from '@switchboard/contracts';
import { enqueueEvents } from '@switchboard/event-bus';
import type { Tx } from './db.js';

export type EventOrigin = { tenantId: string; correlationId: string };

/** Records an auth event in the caller's transaction (outbox): it is published iff the transaction commits. */
export async function recordEvent<T extends EventType>(
  tx: Tx,
  origin: EventOrigin,
  type: T,
  data: EventData<T>,
) {
  await enqueueEvents(tx, [newEvent(type, data, origin, 'auth')]);
}
