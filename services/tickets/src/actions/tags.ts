import type { Caller } from '@switchboard/auth-verify';
import { type EventContext, invalidInput, type Ticket } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import {
  countTags,
  recordHistory,
  type TicketWithCustomer,
  updateTicket,
} from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { tagDiff, tagRules } from '../domain/tags.js';
import { workableTicket } from './tickets.js';

/** PUT /api/tickets/:id/tags: the ticket's tags become exactly `tags` (normalized at the edge). */
export async function setTags(
  deps: TicketsDeps,
  caller: Caller,
  id: string,
  tags: string[],
): Promise<Ticket> {
  return deps.db.transaction(async (tx) => {
    const current = await workableTicket(tx, caller, id);
    const tagged = await writeTags(tx, caller, current, tags, caller.userId);
    return toTicket(tagged.ticket, tagged.customer);
  });
}

/**
 * Gives a locked ticket these tags, with its history row and `ticket.tags_changed`; the same set
 * changes nothing. Every tag change goes through here (PATCH, PUT tags, macros).
 */
export async function writeTags(
  tx: Tx,
  origin: EventContext,
  current: TicketWithCustomer,
  tags: string[],
  actorId: string | null,
): Promise<TicketWithCustomer> {
  const { added, removed } = tagDiff(current.ticket.tags, tags);
  if (added.length === 0 && removed.length === 0) return current;
  if (tags.length > tagRules.maxPerTicket) {
    const message = `A ticket has at most ${tagRules.maxPerTicket} tags`;
    throw invalidInput([{ field: 'body.tags', message }], message);
  }
  const ticket = await updateTicket(tx, origin.tenantId, current.ticket.id, { tags });
  await recordHistory(tx, {
    tenantId: origin.tenantId,
    ticketId: ticket.id,
    actorId,
    action: 'tags_changed',
    changes: { added, removed, tags },
  });
  await recordEvent(tx, origin, 'ticket.tags_changed', {
    ...toTicket(ticket, current.customer),
    ticketId: ticket.id,
    added,
    removed,
    actorId,
  });
  return { ...current, ticket };
}

/** GET /api/tags: every tag of the tenant's tickets with how many carry it, most used first. */
export async function tagCounts(deps: TicketsDeps, caller: Caller) {
  return { data: await countTags(deps.db, caller.tenantId) };
}
