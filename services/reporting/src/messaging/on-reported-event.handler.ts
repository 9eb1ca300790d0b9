import type { Envelope } from '@switchboard/contracts';
import { applyConsumed } from '../actions/project.js';
import type { Tx } from '../data/db.js';

/** Any event reports count: stored and projected (docs/reporting.md, "Read models"). */
export async function onReportedEvent(event: Envelope, tx: Tx): Promise<void> {
  await applyConsumed(tx, event);
}
