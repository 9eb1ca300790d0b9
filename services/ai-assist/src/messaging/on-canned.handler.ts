import type { Envelope, EventData } from '@switchboard/contracts';
import { dropCanned, projectCanned } from '../actions/canned.js';
import type { Tx } from '../data/db.js';

type Changed = EventData<'canned_response.created'> | EventData<'canned_response.updated'>;

/** canned_response.created / updated. */
export const onCannedChanged = (event: Envelope<Changed>, tx: Tx): Promise<void> => projectCanned(tx, event);

export const onCannedDeleted = (event: Envelope<EventData<'canned_response.deleted'>>, tx: Tx) =>
  dropCanned(tx, event);
