import type { Notification } from '@switchboard/contracts';
import type { Inbox } from './api.js';

/* Pure updates of the cached inbox from the socket: a payload in, the next cached value out. */

type Payload = Record<string, unknown>;

/** A new notification goes on top (once, even when replayed) with the count the server counted. */
export function withNotification(inbox: Inbox | undefined, p: Payload): Inbox | undefined {
  if (!inbox || typeof p.id !== 'string' || typeof p.unreadCount !== 'number') return inbox;
  if (inbox.data.some((n) => n.id === p.id)) return inbox;
  const n = p as unknown as Notification;
  const item: Notification = {
    id: n.id,
    type: n.type,
    ticketId: n.ticketId,
    title: n.title,
    body: n.body,
    readAt: n.readAt,
    createdAt: n.createdAt,
  };
  return {
    data: [item, ...inbox.data].slice(0, inbox.meta.limit),
    meta: { ...inbox.meta, total: inbox.meta.total + 1, unreadCount: p.unreadCount },
  };
}

/** Notifications read in another tab (or this one) show as read, with the new count. */
export function withRead(inbox: Inbox | undefined, p: Payload): Inbox | undefined {
  if (!inbox || !Array.isArray(p.notificationIds) || typeof p.unreadCount !== 'number') return inbox;
  const ids = new Set(p.notificationIds);
  const readAt = typeof p.readAt === 'string' ? p.readAt : new Date().toISOString();
  return {
    data: inbox.data.map((n) => (ids.has(n.id) && !n.readAt ? { ...n, readAt } : n)),
    meta: { ...inbox.meta, unreadCount: p.unreadCount },
  };
}
