import type { Envelope, EventData } from '@switchboard/contracts';
import { changedFields, writeFields } from '../actions/change-ticket.js';
import type { Tx } from '../data/db.js';
import { findTicket } from '../data/tickets.repository.js';

/** A finished ticket is the agents' record of what it was: AI assist no longer relabels it. */
const settled = new Set(['RESOLVED', 'CLOSED']);

/**
 * AI assist's auto-apply (docs/ai.md): what the tenant's settings said to set on the ticket is
 * written as an ordinary update by the system (actorId null), its history naming AI assist and
 * its confidence, so the usual ticket.updated follows. Redelivery applies nothing twice (inbox).
 */
export async function onMessageClassified(
  event: Envelope<EventData<'ai.message_classified'>>,
  tx: Tx,
): Promise<void> {
  const { autoApply, ticketId, confidence, messageId } = event.data;
  if (!autoApply) return;
  const current = await findTicket(tx, event.tenantId, ticketId, true);
  if (!current || settled.has(current.ticket.status)) return;
  const changed = changedFields(current.ticket, autoApply);
  if (changed.length === 0) return;
  const note = { by: 'ai-assist', confidence, messageId };
  await writeFields(tx, { ...event, causationId: event.id }, current, changed, autoApply, {
    actorId: null,
    note,
  });
}
