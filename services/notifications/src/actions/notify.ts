import { type Envelope, type EventContext, type Notification, uuidv7 } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { insertNotifications, type NotificationRow, unreadCount } from '../data/notifications.repository.js';

/** What one event tells one user; the inbox row is made from it once. */
export type NotificationDraft = Pick<NotificationRow, 'userId' | 'type' | 'ticketId' | 'title' | 'body'>;

export const notificationView = (n: NotificationRow): Notification => ({
  id: n.id,
  type: n.type,
  ticketId: n.ticketId,
  title: n.title,
  body: n.body,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

/** Events caused by a consumed event carry its correlation id, and it as their cause. */
const originOf = (event: Envelope): EventContext => ({
  tenantId: event.tenantId,
  correlationId: event.correlationId,
  causationId: event.id,
});

/**
 * Puts each draft in its user's inbox, once per event and user (a redelivered event adds nothing),
 * and announces each new one with the user's unread count so their tabs show it live.
 */
export async function notify(tx: Tx, event: Envelope, drafts: NotificationDraft[]): Promise<void> {
  const createdAt = new Date(event.occurredAt);
  const rows = await insertNotifications(
    tx,
    drafts.map((d) => ({
      ...d,
      id: uuidv7(),
      tenantId: event.tenantId,
      sourceEventId: event.id,
      readAt: null,
      createdAt,
    })),
  );
  for (const row of rows) {
    const owner = { tenantId: row.tenantId, userId: row.userId };
    await recordEvent(tx, originOf(event), 'notification.created', {
      ...notificationView(row),
      notificationId: row.id,
      userId: row.userId,
      unreadCount: await unreadCount(tx, owner),
    });
  }
}
