import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { notFoundError } from '@switchboard/contracts';
import { type Pagination, toPage } from '@switchboard/http-kit';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  findNotification,
  listNotifications,
  markRead,
  type Owner,
  unreadCount,
} from '../data/notifications.repository.js';
import type { NotificationsDeps } from '../deps.js';
import { notificationView } from './notify.js';

const ownerOf = (caller: Caller): Owner => ({ tenantId: caller.tenantId, userId: caller.userId });

/** GET /api/notifications: the caller's own inbox, newest first, with their unread count. */
export async function listInbox(
  deps: NotificationsDeps,
  caller: Caller,
  query: Pagination & { unread: boolean },
) {
  const owner = ownerOf(caller);
  const { rows, total } = await listNotifications(deps.db, owner, query.unread, query);
  const page = toPage(rows.map(notificationView), total, query);
  return { data: page.data, meta: { ...page.meta, unreadCount: await unreadCount(deps.db, owner) } };
}

/** Marks the caller's unread notifications read and tells their other tabs; returns the new count. */
async function read(tx: Tx, caller: Caller, id?: string): Promise<{ ids: string[]; unreadCount: number }> {
  const owner = ownerOf(caller);
  const readAt = now();
  const ids = await markRead(tx, owner, readAt, id);
  const count = await unreadCount(tx, owner);
  if (ids.length > 0) {
    await recordEvent(tx, caller, 'notifications.read', {
      userId: caller.userId,
      notificationIds: ids,
      readAt: readAt.toISOString(),
      unreadCount: count,
    });
  }
  return { ids, unreadCount: count };
}

/** POST /api/notifications/:id/read: one of the caller's own (another's is a 404); reading twice is fine. */
export const readOne = (deps: NotificationsDeps, caller: Caller, id: string) =>
  deps.db.transaction(async (tx) => {
    // Only the caller's own are marked, so another's is untouched before the 404 rolls back.
    const { unreadCount: count } = await read(tx, caller, id);
    const row = await findNotification(tx, ownerOf(caller), id);
    if (!row) throw notFoundError('Notification');
    return { data: notificationView(row), meta: { unreadCount: count } };
  });

/** POST /api/notifications/read-all: every unread one of the caller's. */
export const readAll = (deps: NotificationsDeps, caller: Caller) =>
  deps.db.transaction(async (tx) => {
    const { ids, unreadCount: count } = await read(tx, caller);
    return { data: { read: ids.length }, meta: { unreadCount: count } };
  });
