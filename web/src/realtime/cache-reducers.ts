import type { Message, Ticket } from '@switchboard/contracts';
import type { Broadcast } from '../features/floor/api.js';
import type { PresenceEntry } from '../features/presence/api.js';
import type { Page } from '../lib/api.js';

/** A message as the thread shows it: `readBy` is the app's own, from `message_read` events and our receipts. */
export type ThreadMessage = Message & { readBy?: string[] };

/* Pure cache updates: an event's payload in, the next cached value out (undefined stays undefined). */

type Payload = Record<string, unknown>;

const ticketFields = [
  'id',
  'number',
  'subject',
  'description',
  'priority',
  'category',
  'tags',
  'status',
  'assigneeId',
  'customer',
  'requiresApproval',
  'createdAt',
  'updatedAt',
  'firstResponseAt',
  'resolvedAt',
] as const;

/** Ticket events carry the ticket as it is after the change, flat, plus `ticketId`. */
export function ticketOf(p: Payload): Ticket | null {
  if (typeof p.ticketId !== 'string' || typeof p.status !== 'string' || typeof p.subject !== 'string')
    return null;
  const t: Record<string, unknown> = { id: p.ticketId };
  for (const f of ticketFields) if (f !== 'id' && f in p) t[f] = p[f];
  return t as Ticket;
}

/** Replaces the ticket where a list shows it; newer `updatedAt` wins over an out-of-order event. */
export function patchTicketInPage(page: Page<Ticket> | undefined, ticket: Ticket): Page<Ticket> | undefined {
  if (!page) return page;
  let changed = false;
  const data = page.data.map((t) => {
    if (t.id !== ticket.id || t.updatedAt > ticket.updatedAt) return t;
    changed = true;
    return { ...t, ...ticket };
  });
  return changed ? { ...page, data } : page;
}

export const newerTicket = (cached: Ticket | undefined, incoming: Ticket) =>
  cached && cached.updatedAt > incoming.updatedAt ? cached : { ...cached, ...incoming };

const messageOf = (p: Payload): ThreadMessage => ({
  id: String(p.messageId ?? p.id),
  tenantId: String(p.tenantId ?? ''),
  ticketId: String(p.ticketId),
  authorType: p.authorType as Message['authorType'],
  authorId: (p.authorId as string | null) ?? null,
  body: String(p.body ?? ''),
  internal: Boolean(p.internal),
  deliveryStatus: (p.deliveryStatus as Message['deliveryStatus']) ?? 'sent',
  externalId: (p.externalId as string | null) ?? null,
  createdAt: String(p.createdAt ?? p.occurredAt ?? new Date().toISOString()),
  attachments: Array.isArray(p.attachments) ? (p.attachments as Message['attachments']) : [],
});

/** `new_message`: appended once, even if our own POST answer put it there first. */
export function appendMessage(
  page: Page<ThreadMessage> | undefined,
  p: Payload,
): Page<ThreadMessage> | undefined {
  if (!page) return page;
  const message = messageOf(p);
  if (page.data.some((m) => m.id === message.id)) return page;
  return { ...page, data: [...page.data, message], meta: { ...page.meta, total: page.meta.total + 1 } };
}

const rank = { sent: 0, delivered: 1, read: 2, failed: 3 } as const;

/** `status_update`: delivery only moves forward (sent → delivered → read; failed is final). */
export function setDelivery(
  page: Page<ThreadMessage> | undefined,
  p: Payload,
): Page<ThreadMessage> | undefined {
  const status = p.status as Message['deliveryStatus'];
  if (!page || !(status in rank)) return page;
  return mapMessage(page, String(p.messageId), (m) =>
    rank[status] > rank[m.deliveryStatus] && m.deliveryStatus !== 'failed'
      ? { ...m, deliveryStatus: status }
      : m,
  );
}

/** `message_read`: who has read a message (staff read receipts). */
export function markRead(page: Page<ThreadMessage> | undefined, p: Payload): Page<ThreadMessage> | undefined {
  const readerId = String(p.readerId);
  return mapMessage(page, String(p.messageId), (m) =>
    m.readBy?.includes(readerId) ? m : { ...m, readBy: [...(m.readBy ?? []), readerId] },
  );
}

function mapMessage(
  page: Page<ThreadMessage> | undefined,
  id: string,
  fn: (m: ThreadMessage) => ThreadMessage,
) {
  if (!page) return page;
  let changed = false;
  const data = page.data.map((m) => {
    if (m.id !== id) return m;
    const next = fn(m);
    changed ||= next !== m;
    return next;
  });
  return changed ? { ...page, data } : page;
}

const presenceFields = ['onlineStatus', 'availability', 'activity', 'openTickets', 'capacity'] as const;

/**
 * agent_online / agent_offline / agent_status_change: the board row of that agent. Returns
 * `null` when the agent is not on the board yet (the caller refetches).
 */
export function applyPresence(
  board: PresenceEntry[] | undefined,
  p: Payload,
): PresenceEntry[] | undefined | null {
  if (!board) return board;
  const agentId = p.agentId;
  const index = board.findIndex((e) => e.agentId === agentId);
  if (index < 0) return null;
  const entry = { ...board[index] } as PresenceEntry & Record<string, unknown>;
  if (typeof p.status === 'string') entry.onlineStatus = p.status as PresenceEntry['onlineStatus'];
  for (const f of presenceFields) if (f in p) (entry as Record<string, unknown>)[f] = p[f];
  if ('availability' in p && typeof p.at === 'string') entry.since = p.at;
  const next = board.slice();
  next[index] = entry;
  return next;
}

export type SlaMark = { target: string; level: 'warning' | 'breached'; at: string };

/** sla_warning / sla_breached per ticket: a breach is never downgraded to a warning. */
export function markSla(marks: Record<string, SlaMark> | undefined, level: SlaMark['level'], p: Payload) {
  const ticketId = String(p.ticketId);
  const current = marks?.[ticketId];
  if (current?.level === 'breached' && level === 'warning') return marks ?? {};
  return {
    ...marks,
    [ticketId]: { target: String(p.target ?? ''), level, at: String(p.crossedAt ?? p.occurredAt ?? '') },
  };
}

/**
 * broadcast_acknowledged: the sender's list shows the new count. Counts only grow, so an event
 * arriving after a fresher list (or twice) leaves the higher number.
 */
export function ackBroadcast(page: Page<Broadcast> | undefined, p: Payload): Page<Broadcast> | undefined {
  const acknowledged = Number(p.acknowledgedCount);
  if (!page || !Number.isFinite(acknowledged)) return page;
  let changed = false;
  const data = page.data.map((b) => {
    if (b.id !== p.broadcastId || (b.acknowledgedCount ?? 0) >= acknowledged) return b;
    changed = true;
    return {
      ...b,
      acknowledgedCount: acknowledged,
      recipientCount: Number(p.recipientCount ?? b.recipientCount),
    };
  });
  return changed ? { ...page, data } : page;
}
