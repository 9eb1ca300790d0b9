import type { Caller } from '@switchboard/auth-verify';
import {
  type AttachmentRef,
  invalidInput,
  type Message,
  notAllowed,
  notFoundError,
  uuidv7,
} from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { findAgent } from '../data/agents.repository.js';
import {
  attachmentsOf,
  attachToMessage,
  toAttachmentRef,
  unsentAttachments,
} from '../data/attachments.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  countMessages,
  findMessage,
  insertMessage,
  listMessages,
  readersOf,
  recordRead,
} from '../data/messages.repository.js';
import { toMessage } from '../data/rows.js';
import { type TicketRow, updateTicket } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { canWork } from '../domain/ticket-access.js';
import { renderCannedFor } from './canned-responses.js';
import { readableTicket, workableTicket } from './tickets.js';

/**
 * An agent's reply or internal note, its text given or a canned response's filled in for this
 * ticket (stored as rendered), with the files uploaded to the ticket for it. The first public
 * reply stamps the ticket's first response.
 */
export async function postMessage(
  deps: TicketsDeps,
  caller: Caller,
  ticketId: string,
  input: {
    body?: string | undefined;
    cannedResponseId?: string | undefined;
    internal: boolean;
    attachmentIds?: string[] | undefined;
  },
): Promise<Message> {
  return deps.db.transaction(async (tx) => {
    const found = await workableTicket(tx, caller, ticketId);
    const body = input.cannedResponseId
      ? await renderCannedFor(tx, caller, found, input.cannedResponseId)
      : (input.body ?? '');
    if (!body.trim()) throw invalidInput([{ field: 'body', message: 'the canned response renders empty' }]);
    const files = await filesToSend(tx, caller.tenantId, ticketId, input.attachmentIds ?? []);
    return writeMessage(tx, caller, found.ticket, { body, internal: input.internal, files });
  });
}

/** An agent's message on a locked ticket the caller may work on, in the caller's transaction. */
export async function writeMessage(
  tx: Tx,
  caller: Caller,
  ticket: TicketRow,
  input: { body: string; internal: boolean; files?: AttachmentRef[] },
): Promise<Message> {
  const ticketId = ticket.id;
  const files = input.files ?? [];
  const row = await insertMessage(tx, {
    id: uuidv7(),
    tenantId: caller.tenantId,
    ticketId,
    authorType: 'agent',
    authorId: caller.userId,
    body: input.body,
    internal: input.internal,
  });
  // A public reply answers the customer: it stamps the first response and stops the next-response clock.
  if (!input.internal) {
    const answered = { firstResponseAt: ticket.firstResponseAt ?? row.createdAt, awaitingReplySince: null };
    await updateTicket(tx, caller.tenantId, ticketId, answered);
  }
  await attachToMessage(
    tx,
    caller.tenantId,
    files.map((f) => f.id),
    row.id,
  );
  const message = toMessage(row, files);
  await recordEvent(tx, caller, 'message.created', {
    ...message,
    messageId: message.id,
    ticketAssigneeId: ticket.assigneeId,
    authorName: (await findAgent(tx, caller.tenantId, caller.userId))?.name ?? null,
    authorAddress: null,
    opensTicket: false,
  });
  return message;
}

/** The files named, each this ticket's and not sent yet; any other id refuses the message. */
async function filesToSend(tx: Tx, tenantId: string, ticketId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await unsentAttachments(tx, tenantId, ticketId, unique);
  if (rows.length !== unique.length) {
    const found = new Set(rows.map((r) => r.id));
    const details = unique
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !found.has(id))
      .map(({ i }) => ({
        field: `attachmentIds.${i}`,
        message: 'is not a file on this ticket waiting to be sent',
      }));
    throw invalidInput(details, 'An attachment cannot be sent with this message');
  }
  return rows.map(toAttachmentRef);
}

/** A page of the thread, each message with the users who have read it (stored receipts). */
export async function getMessages(deps: TicketsDeps, caller: Caller, ticketId: string, page: Pagination) {
  await readableTicket(deps.db, caller, ticketId);
  const [rows, total] = await Promise.all([
    listMessages(deps.db, caller.tenantId, ticketId, page.limit, offsetOf(page)),
    countMessages(deps.db, caller.tenantId, ticketId),
  ]);
  const ids = rows.map((r) => r.id);
  const [readers, files] = await Promise.all([
    readersOf(deps.db, caller.tenantId, ids),
    attachmentsOf(deps.db, caller.tenantId, ids),
  ]);
  const data = rows.map((r) => ({ ...toMessage(r, files.get(r.id)), readBy: readers.get(r.id) ?? [] }));
  return toPage(data, total, page);
}

/**
 * A read receipt: recorded once per reader; the first read publishes message.read. Viewers only
 * watch (docs/api.md §3): a receipt from them would tell the customer's agent someone read it.
 */
export async function markRead(deps: TicketsDeps, caller: Caller, ticketId: string, messageId: string) {
  return deps.db.transaction(async (tx) => {
    const { ticket } = await readableTicket(tx, caller, ticketId);
    if (!canWork(caller, ticket)) throw notAllowed('Viewers cannot post read receipts');
    if (!(await findMessage(tx, caller.tenantId, ticketId, messageId))) throw notFoundError('Message');
    const read = await recordRead(tx, caller.tenantId, messageId, caller.userId);
    const readAt = read.readAt.toISOString();
    if (read.first)
      await recordEvent(tx, caller, 'message.read', { messageId, ticketId, readerId: caller.userId, readAt });
    return { messageId, readerId: caller.userId, readAt };
  });
}
