import type { Envelope, EventData } from '@switchboard/contracts';
import { sendRequestedBroadcast } from '../actions/broadcasts.js';
import type { Tx } from '../data/db.js';
import { originOf } from './origin.js';

/** A NOTIFICATION job asked for a broadcast: it goes out like one a supervisor sent (docs/api.md §4.12). */
export async function onBroadcastRequested(
  event: Envelope<EventData<'broadcast.requested'>>,
  tx: Tx,
): Promise<void> {
  await sendRequestedBroadcast(tx, event, originOf(event));
}
