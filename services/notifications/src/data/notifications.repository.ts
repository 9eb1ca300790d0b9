import { offsetOf, type Pagination } from '@switchboard/http-kit';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from './db.js';
import { notifications } from './schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type Owner = { tenantId: string; userId: string };

const ofOwner = (o: Owner) => and(eq(notifications.tenantId, o.tenantId), eq(notifications.userId, o.userId));

/** Adds the notifications not yet made from their event for their user; returns the new ones. */
export async function insertNotifications(tx: Tx, rows: NotificationRow[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).onConflictDoNothing().returning();
}

export async function unreadCount(tx: Tx, owner: Owner): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(and(ofOwner(owner), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** One page of the owner's inbox, newest first, with how many match over all pages. */
export async function listNotifications(tx: Tx, owner: Owner, unreadOnly: boolean, page: Pagination) {
  const where = unreadOnly ? and(ofOwner(owner), isNull(notifications.readAt)) : ofOwner(owner);
  const [rows, [total]] = await Promise.all([
    tx
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(offsetOf(page)),
    tx.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findNotification(tx: Tx, owner: Owner, id: string) {
  const [row] = await tx
    .select()
    .from(notifications)
    .where(and(ofOwner(owner), eq(notifications.id, id)));
  return row;
}

/** Marks the owner's unread notifications (all, or the one `id`) read; returns the ids it changed. */
export async function markRead(tx: Tx, owner: Owner, readAt: Date, id?: string): Promise<string[]> {
  const rows = await tx
    .update(notifications)
    .set({ readAt })
    .where(and(ofOwner(owner), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}
