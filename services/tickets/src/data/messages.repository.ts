import { now } from '@switchboard/clock';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { messageReads, messages } from './schema.js';

export type MessageRow = typeof messages.$inferSelect;

export async function insertMessage(tx: Tx, row: typeof messages.$inferInsert): Promise<MessageRow> {
  const [created] = await tx.insert(messages).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function listMessages(
  tx: Tx,
  tenantId: string,
  ticketId: string,
  limit: number,
  offset: number,
) {
  return tx
    .select()
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.ticketId, ticketId)))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit)
    .offset(offset);
}

export async function countMessages(tx: Tx, tenantId: string, ticketId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.ticketId, ticketId)));
  return row?.n ?? 0;
}

export async function findMessage(tx: Tx, tenantId: string, ticketId: string, id: string) {
  const [row] = await tx
    .select()
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.ticketId, ticketId), eq(messages.id, id)));
  return row;
}

/** The message a channel sent under `externalId`; concurrent deliveries of one id wait for each other. */
export async function findByExternalId(tx: Tx, tenantId: string, externalId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inbound:${tenantId}:${externalId}`}))`);
  const [row] = await tx
    .select()
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.externalId, externalId)))
    .for('update');
  return row;
}

/**
 * The message a channel status callback names: a customer message by the channel's id, or an
 * agent reply by our own message id (what the channel was given when the reply went out).
 */
export async function findForStatusCallback(tx: Tx, tenantId: string, reference: string) {
  const [row] = await tx
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.tenantId, tenantId),
        or(eq(messages.externalId, reference), eq(sql`${messages.id}::text`, reference)),
      ),
    )
    .limit(1)
    .for('update');
  return row;
}

export async function setDeliveryStatus(tx: Tx, id: string, status: MessageRow['deliveryStatus']) {
  await tx.update(messages).set({ deliveryStatus: status }).where(eq(messages.id, id));
}

/** The user's read of the message: recorded the first time (`first`), found afterwards. */
export async function recordRead(tx: Tx, tenantId: string, messageId: string, userId: string) {
  const [inserted] = await tx
    .insert(messageReads)
    .values({ tenantId, messageId, userId })
    .onConflictDoNothing()
    .returning({ readAt: messageReads.readAt });
  if (inserted) return { readAt: inserted.readAt, first: true };
  const [existing] = await tx
    .select({ readAt: messageReads.readAt })
    .from(messageReads)
    .where(and(eq(messageReads.messageId, messageId), eq(messageReads.userId, userId)));
  return { readAt: existing?.readAt ?? now(), first: false };
}

/** Who has read each of `messageIds`, earliest reader first; messages nobody read are absent. */
export async function readersOf(tx: Tx, tenantId: string, messageIds: string[]) {
  if (messageIds.length === 0) return new Map<string, string[]>();
  const rows = await tx
    .select({ messageId: messageReads.messageId, userId: messageReads.userId })
    .from(messageReads)
    .where(and(eq(messageReads.tenantId, tenantId), inArray(messageReads.messageId, messageIds)))
    .orderBy(asc(messageReads.readAt), asc(messageReads.userId));
  const readers = new Map<string, string[]>();
  for (const { messageId, userId } of rows)
    readers.set(messageId, [...(readers.get(messageId) ?? []), userId]);
  return readers;
}
