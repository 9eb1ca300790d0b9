import type { Envelope, EventData } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { findTicket } from '../data/tickets.repository.js';
import { notify } from './notify.js';

/** A help request accepted or resolved tells whoever asked (the body is the new status). */
export async function notifyHelpAnswered(tx: Tx, event: Envelope<EventData<'help.updated'>>): Promise<void> {
  const h = event.data;
  if (h.actorId === h.requesterId) return;
  const ticket = h.ticketId ? await findTicket(tx, event.tenantId, h.ticketId) : undefined;
  await notify(tx, event, [
    {
      userId: h.requesterId,
      type: 'help_answered',
      ticketId: h.ticketId,
      title: ticket?.subject ?? '',
      body: h.status,
    },
  ]);
}
