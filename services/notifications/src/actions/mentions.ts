import type { Envelope, EventData } from '@switchboard/contracts';
import { mayReadTicket } from '@switchboard/ticket-rules';
import type { Tx } from '../data/db.js';
import { findTicket } from '../data/tickets.repository.js';
import { activeUsersNamed } from '../data/users.repository.js';
import { mentionedUsernames } from '../domain/mentions.js';
import { excerpt } from '../domain/texts.js';
import { type NotificationDraft, notify } from './notify.js';

type MessageEvent = Envelope<EventData<'message.created'>>;

const titleOf = async (tx: Tx, event: MessageEvent) =>
  (await findTicket(tx, event.tenantId, event.data.ticketId))?.subject ?? excerpt(event.data.body);

/**
 * An agent's internal note notifies each active colleague of the tenant it names with `@username`
 * who may read the ticket (an agent: theirs or the queue), never the author themself.
 */
async function mentionDrafts(tx: Tx, event: MessageEvent): Promise<NotificationDraft[]> {
  const m = event.data;
  if (!m.internal || m.authorType !== 'agent') return [];
  const named = await activeUsersNamed(tx, event.tenantId, mentionedUsernames(m.body));
  const readers = named.filter((u) => u.userId !== m.authorId && mayReadTicket(u, m.ticketAssigneeId));
  if (readers.length === 0) return [];
  const title = await titleOf(tx, event);
  return readers.map((u) => ({
    userId: u.userId,
    type: 'mention',
    ticketId: m.ticketId,
    title,
    body: excerpt(m.body),
  }));
}

/** A customer's message on an assigned ticket tells its assignee. */
async function replyDrafts(tx: Tx, event: MessageEvent): Promise<NotificationDraft[]> {
  const m = event.data;
  if (m.authorType !== 'customer' || !m.ticketAssigneeId) return [];
  const title = await titleOf(tx, event);
  return [
    {
      userId: m.ticketAssigneeId,
      type: 'customer_replied',
      ticketId: m.ticketId,
      title,
      body: excerpt(m.body),
    },
  ];
}

/** message.created: the mentions of a note, or the customer's reply for the assignee. */
export async function notifyMessage(tx: Tx, event: MessageEvent): Promise<void> {
  await notify(tx, event, [...(await mentionDrafts(tx, event)), ...(await replyDrafts(tx, event))]);
}
