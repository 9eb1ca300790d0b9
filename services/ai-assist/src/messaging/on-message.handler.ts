import type { Envelope, EventData } from '@switchboard/contracts';
import { assistMessage } from '../actions/assist.js';
import { projectMessage } from '../actions/tickets.js';
import type { Tx } from '../data/db.js';
import type { AiAssistDeps } from '../deps.js';
import { originOf } from './origin.js';

/** message.created: what it adds to the ticket, then AI assist on it when it is the customer's. */
export const onMessageCreated =
  (deps: AiAssistDeps) =>
  async (event: Envelope<EventData<'message.created'>>, tx: Tx): Promise<void> => {
    await projectMessage(tx, event.tenantId, event.data);
    await assistMessage(deps, tx, originOf(event), event.data);
  };
