import type { Envelope } from '@switchboard/contracts';
import { projectTicket, type TicketData } from '../actions/tickets.js';
import type { Tx } from '../data/db.js';

/** ticket.created / updated / assigned / unassigned / status_changed / resolved / reopened. */
export const onTicketChanged = (event: Envelope<TicketData>, tx: Tx): Promise<void> =>
  projectTicket(tx, event);
