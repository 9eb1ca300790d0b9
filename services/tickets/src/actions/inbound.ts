import { now } from '@switchboard/clock';
import { notFoundError, uuidv7 } from '@switchboard/contracts';
import { insertAttachment, toAttachmentRef } from '../data/attachments.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  findByExternalId,
  findForStatusCallback,
  insertMessage,
  setDeliveryStatus,
} from '../data/messages.repository.js';
import { toMessage, toTicket } from '../data/rows.js';
import {
  type CustomerRow,
  findOpenTicketOf,
  insertTicket,
  recordHistory,
  type TicketWithCustomer,
  updateTicket,
} from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { advancesDelivery, type DeliveryStatus } from '../domain/channel-signature.js';
import { openMedia } from '../outbound/media-fetch.js';
import { rowOf, type StoredFile, storeFile } from './attachments.js';
import { moveTicket } from './change-ticket.js';
import { resolveCustomer } from './resolve-customer.js';

export type InboundMessage = {
  externalId: string;
  from: {
    name: string;
    phone?: string | undefined;
    email?: string | undefined;
    channelId?: string | undefined;
  };
  text: string;
  timestamp: string;
  media_url?: string | undefined;
  media_name?: string | undefined;
};
type Origin = { tenantId: string; correlationId: string };
const system = { system: true } as const;

/**
 * A customer's message from a channel: appended to their open ticket (waking it if it waited on
 * them or was resolved) or opening a new one. The same externalId is stored once.
 */
export async function receiveInbound(deps: TicketsDeps, origin: Origin, input: InboundMessage) {
  // Fetched before the transaction (no lock is held over a download); dropped again on a repeat.
  const media = input.media_url ? await receiveMedia(deps, origin.tenantId, input) : null;
  const result = await deps.db
    .transaction(async (tx) => {
      const seen = await findByExternalId(tx, origin.tenantId, input.externalId);
      if (seen) return { ticketId: seen.ticketId, messageId: seen.id, duplicate: true };
      return storeInbound(tx, origin, input, media);
    })
    .catch(async (err) => {
      if (media) await deps.storage.delete(media.key).catch(() => {});
      throw err;
    });
  if (result.duplicate && media) await deps.storage.delete(media.key).catch(() => {});
  // A new conversation may go to an agent now rather than at the next sweep.
  if (!result.duplicate) void deps.assigner.kick(origin.tenantId, origin.correlationId);
  return result;
}

/** The media_url's file in storage, under the type and size limits of an upload. */
async function receiveMedia(deps: TicketsDeps, tenantId: string, input: InboundMessage) {
  const { MEDIA_ALLOWED_HOSTS, MEDIA_FETCH_TIMEOUT_MS } = deps.config;
  const file = await openMedia(
    input.media_url ?? '',
    input.media_name,
    MEDIA_ALLOWED_HOSTS,
    MEDIA_FETCH_TIMEOUT_MS,
  );
  return storeFile(deps, tenantId, file).catch((err) => {
    file.body.destroy();
    throw err;
  });
}

/** The customer's message (with its file) on their open ticket or a new one. */
async function storeInbound(tx: Tx, origin: Origin, input: InboundMessage, media: StoredFile | null) {
  const customer = await resolveCustomer(tx, origin, input.from, 'channel');
  const { ticket, created } = await ticketFor(tx, origin, customer, input.text);
  const row = await insertMessage(tx, {
    id: uuidv7(),
    tenantId: origin.tenantId,
    ticketId: ticket.id,
    authorType: 'customer',
    body: input.text,
    externalId: input.externalId,
    deliveryStatus: 'delivered',
  });
  if (media)
    await insertAttachment(tx, { ...rowOf(media, origin.tenantId, ticket.id, null), messageId: row.id });
  const message = toMessage(row, media ? [toAttachmentRef(media)] : []);
  await recordEvent(tx, origin, 'message.created', {
    ...message,
    messageId: message.id,
    ticketAssigneeId: ticket.assigneeId,
    authorName: customer.name,
    authorAddress: customer.phone ?? customer.email,
    opensTicket: created,
  });
  if (!created) await wake(tx, origin, { ticket, customer });
  return { ticketId: ticket.id, messageId: message.id, duplicate: false };
}

async function ticketFor(tx: Tx, origin: Origin, customer: CustomerRow, text: string) {
  const open = await findOpenTicketOf(tx, origin.tenantId, customer.id);
  if (open) return { ticket: open, created: false };
  const ticket = await insertTicket(tx, {
    id: uuidv7(),
    tenantId: origin.tenantId,
    subject: text.split('\n')[0]?.slice(0, 120) || 'New conversation',
    description: text,
    priority: 'medium',
    status: 'NEW',
    customerId: customer.id,
  });
  await recordHistory(tx, {
    tenantId: origin.tenantId,
    ticketId: ticket.id,
    actorId: null,
    action: 'created',
    changes: { via: 'channel' },
  });
  await recordEvent(tx, origin, 'ticket.created', { ...toTicket(ticket, customer), ticketId: ticket.id });
  return { ticket, created: true };
}

/** The customer answered: a ticket waiting on them or resolved goes back to work, and the next-response clock starts. */
async function wake(tx: Tx, origin: Origin, answered: TicketWithCustomer) {
  let current = answered;
  if (current.ticket.status === 'PENDING' || current.ticket.status === 'RESOLVED') {
    current = await moveTicket(tx, origin, current, 'IN_PROGRESS', 'customer replied', system);
  }
  if (current.ticket.firstResponseAt && !current.ticket.awaitingReplySince) {
    await updateTicket(tx, origin.tenantId, current.ticket.id, { awaitingReplySince: now() });
  }
}

/** A channel's delivery report for a message; only forward moves change anything. */
export async function receiveStatus(
  deps: TicketsDeps,
  origin: Origin,
  externalId: string,
  status: DeliveryStatus,
) {
  return deps.db.transaction(async (tx) => {
    const message = await findForStatusCallback(tx, origin.tenantId, externalId);
    if (!message) throw notFoundError('Message');
    if (!advancesDelivery(message.deliveryStatus, status))
      return { messageId: message.id, status: message.deliveryStatus };
    await setDeliveryStatus(tx, message.id, status);
    await recordEvent(tx, origin, 'message.status_updated', {
      messageId: message.id,
      ticketId: message.ticketId,
      status,
      externalId: message.externalId,
    });
    return { messageId: message.id, status };
  });
}
