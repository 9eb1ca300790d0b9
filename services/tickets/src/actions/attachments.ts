import { type Readable, Transform } from 'node:stream';
import type { Caller } from '@switchboard/auth-verify';
import {
  type AttachmentRef,
  invalidInput,
  notAllowed,
  notFoundError,
  tooLargeError,
  unsupportedTypeError,
  uuidv7,
} from '@switchboard/contracts';
import { keyOf, type ObjectKey } from '@switchboard/object-storage';
import { findAttachment, insertAttachment, toAttachmentRef } from '../data/attachments.repository.js';
import { recordEvent } from '../data/events.js';
import { recordHistory } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { contentDisposition, mediaTypeOf, safeFilename, typeAllowed } from '../domain/attachment-rules.js';
import { canWork } from '../domain/ticket-access.js';
import { readableTicket } from './tickets.js';

/** A file as it arrives: the name and type its sender claims, and its bytes, not yet read. */
export type IncomingFile = { filename: string | undefined; contentType: string | undefined; body: Readable };
/** A file in storage, not yet on a row. */
export type StoredFile = AttachmentRef & { key: ObjectKey; storageKey: string };

/**
 * Checks the type, then streams the bytes to storage under a new id, refusing them past
 * ATTACHMENT_MAX_BYTES (nothing is kept then). The caller writes the row, or deletes the object.
 */
export async function storeFile(
  deps: TicketsDeps,
  tenantId: string,
  file: IncomingFile,
): Promise<StoredFile> {
  const contentType = mediaTypeOf(file.contentType);
  if (!typeAllowed(contentType, deps.config.ATTACHMENT_TYPES))
    throw unsupportedTypeError(`Files of type ${contentType || 'unknown'} are not allowed`);
  const id = uuidv7();
  const key = { tenantId, objectId: id };
  const max = deps.config.ATTACHMENT_MAX_BYTES;
  const limited = limitBytes(max, file.body);
  try {
    const size = await deps.storage.put(key, limited.stream, contentType);
    return { id, filename: safeFilename(file.filename), contentType, size, key, storageKey: keyOf(key) };
  } catch (err) {
    await deps.storage.delete(key).catch(() => {});
    // Asked of the limit, not of the error: a driver may wrap the stream's error in its own.
    if (limited.exceeded()) throw tooLargeError(`A file may have at most ${max} bytes`);
    throw err;
  }
}

/** `source` as it flows on, failing once more than `max` bytes went through. */
function limitBytes(max: number, source: Readable) {
  let seen = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? new Error(`over ${max} bytes`) : null, chunk);
    },
  });
  source.on('error', (err) => stream.destroy(err));
  return { stream: source.pipe(stream), exceeded: () => seen > max };
}

/** The row of a stored file on `ticketId`; `uploadedBy` is null for a channel's. */
export const rowOf = (stored: StoredFile, tenantId: string, ticketId: string, uploadedBy: string | null) => ({
  id: stored.id,
  tenantId,
  ticketId,
  uploadedBy,
  filename: stored.filename,
  contentType: stored.contentType,
  size: stored.size,
  storageKey: stored.storageKey,
});

/**
 * An agent's upload to a ticket they may reply on; a message carries it once sent (postMessage).
 * The file is asked for (`receive`) only once the caller may add it: a refusal reads nothing.
 */
export async function uploadAttachment(
  deps: TicketsDeps,
  caller: Caller,
  ticketId: string,
  receive: () => Promise<IncomingFile | undefined>,
): Promise<AttachmentRef> {
  const { ticket } = await readableTicket(deps.db, caller, ticketId);
  if (!canWork(caller, ticket)) throw notAllowed('You may read this ticket but not add files to it');
  const file = await receive();
  if (!file) throw invalidInput([{ field: 'file', message: 'one file is required' }], 'No file was sent');
  const stored = await storeFile(deps, caller.tenantId, file);
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await insertAttachment(tx, rowOf(stored, caller.tenantId, ticketId, caller.userId));
      const ref = toAttachmentRef(row);
      await recordHistory(tx, {
        tenantId: caller.tenantId,
        ticketId,
        actorId: caller.userId,
        action: 'attachment_uploaded',
        changes: { attachmentId: ref.id, filename: ref.filename, size: ref.size },
      });
      await recordEvent(tx, caller, 'attachment.uploaded', {
        ...ref,
        attachmentId: ref.id,
        ticketId,
        uploadedBy: caller.userId,
      });
      return ref;
    });
  } catch (err) {
    await deps.storage.delete(stored.key).catch(() => {});
    throw err;
  }
}

/**
 * A file's bytes for a caller who may read its ticket; anyone else (another tenant, no access,
 * an unknown id) gets the same not found. The key comes from the row, never from the request.
 */
export async function downloadAttachment(deps: TicketsDeps, caller: Caller, id: string) {
  const row = await findAttachment(deps.db, caller.tenantId, id);
  if (!row) throw notFoundError('Attachment');
  await readableTicket(deps.db, caller, row.ticketId).catch(() => {
    throw notFoundError('Attachment');
  });
  const body = await deps.storage.get({ tenantId: row.tenantId, objectId: row.id });
  if (!body) throw notFoundError('Attachment');
  return {
    body,
    size: row.size,
    contentType: row.contentType,
    disposition: contentDisposition(row.filename),
  };
}
