import type { Envelope, EventData } from '@switchboard/contracts';
import { applyCannedFact, forgetCanned } from '../data/canned-responses.repository.js';
import type { Tx } from '../data/db.js';

type Changed = EventData<'canned_response.created'> | EventData<'canned_response.updated'>;

/** canned_response.created / updated: the response drafts may now use, as it now reads. */
export async function projectCanned(tx: Tx, event: Envelope<Changed>): Promise<void> {
  const { id, ownerId, title, body, updatedAt } = event.data;
  await applyCannedFact(tx, {
    id,
    tenantId: event.tenantId,
    ownerId,
    title,
    body,
    responseUpdatedAt: new Date(updatedAt),
  });
}

/** canned_response.deleted: drafts stop offering it. */
export async function dropCanned(
  tx: Tx,
  event: Envelope<EventData<'canned_response.deleted'>>,
): Promise<void> {
  await forgetCanned(tx, event.tenantId, event.data.id);
}
