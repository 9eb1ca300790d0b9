import type { Envelope, EventData } from '@switchboard/contracts';
import { logActivity } from '../data/activity.repository.js';
import type { Tx } from '../data/db.js';
import { type ActivityEntry, messageActivity, ticketActivity } from '../domain/activity-log.js';
import { onTicketChanged } from './on-ticket.handler.js';
import { originOf } from './origin.js';

const log = async (tx: Tx, event: Envelope, entry: ActivityEntry | null) => {
  if (entry) await logActivity(tx, originOf(event), entry, new Date(event.occurredAt));
};

/** A ticket reached an agent: it counts against their capacity and goes on their timeline. */
export async function onTicketAssigned(event: Envelope<EventData<'ticket.assigned'>>, tx: Tx): Promise<void> {
  await onTicketChanged(event, tx);
  await log(tx, event, ticketActivity(event));
}

/** A ticket of the agent's was resolved: a line on the assignee's timeline. */
export async function onTicketResolved(event: Envelope<EventData<'ticket.resolved'>>, tx: Tx): Promise<void> {
  await log(tx, event, ticketActivity(event));
}

/** An agent replied to a customer: a line on their timeline. */
export async function onMessageCreated(event: Envelope<EventData<'message.created'>>, tx: Tx): Promise<void> {
  await log(tx, event, messageActivity(event));
}
