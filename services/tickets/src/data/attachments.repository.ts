import type { AttachmentRef } from '@switchboard/contracts';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from './db.js';
import { attachments } from './schema.js';

export type AttachmentRow = typeof attachments.$inferSelect;

export const toAttachmentRef = (row: AttachmentRef): AttachmentRef => ({
  id: row.id,
  filename: row.filename,
  contentType: row.contentType,
  size: row.size,
});

export async function insertAttachment(tx: Tx, row: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [created] = await tx.insert(attachments).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findAttachment(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.id, id)));
  return row;
}

/** The ones of `ids` on this ticket that no message carries yet, locked until the message is stored. */
export async function unsentAttachments(tx: Tx, tenantId: string, ticketId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        eq(attachments.ticketId, ticketId),
        inArray(attachments.id, ids),
        isNull(attachments.messageId),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
    .for('update');
}

export async function attachToMessage(tx: Tx, tenantId: string, ids: string[], messageId: string) {
  if (ids.length === 0) return;
  await tx
    .update(attachments)
    .set({ messageId })
    .where(and(eq(attachments.tenantId, tenantId), inArray(attachments.id, ids)));
}

/** Each of `messageIds`' files, oldest first; messages without any are absent. */
export async function attachmentsOf(tx: Tx, tenantId: string, messageIds: string[]) {
  const byMessage = new Map<string, AttachmentRef[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), inArray(attachments.messageId, messageIds)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  for (const row of rows) {
    const messageId = row.messageId as string;
    byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), toAttachmentRef(row)]);
  }
  return byMessage;
}
