import { now } from '@switchboard/clock';
import { type EventContext, type EventData, type Priority, priorities } from '@switchboard/contracts';
import { similarCanned } from '../data/canned-responses.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { saveInsight } from '../data/insights.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { findTenantModel } from '../data/tenant-models.repository.js';
import {
  findTicket,
  similarResolvedTickets,
  type TicketRow,
  tenantCategories,
} from '../data/tickets.repository.js';
import type { AiAssistDeps } from '../deps.js';
import { autoApplyOf } from '../domain/settings.js';
import { emptyTenantModel } from '../domain/tenant-model.js';
import type { Provider } from '../providers/provider.js';

/** Resolved conversations and canned responses a draft may be built on: the closest few of each are enough. */
const CANDIDATES = 5;

type Message = EventData<'message.created'>;

/** Whether AI assist looks at a message at all: what customers write, never notes. */
export const isCustomerMessage = (message: Message) => message.authorType === 'customer' && !message.internal;

async function classify(tx: Tx, provider: Provider, tenantId: string, text: string) {
  const stored = await findTenantModel(tx, tenantId);
  const categories = await tenantCategories(tx, tenantId);
  return provider.classify({
    tenantId,
    text,
    model: stored?.model ?? emptyTenantModel(),
    categories,
    priorities: [...priorities],
  });
}

async function draft(
  tx: Tx,
  provider: Provider,
  tenantId: string,
  message: Message & { ticketAssigneeId: string },
  ticket?: TicketRow,
) {
  const similar = await similarResolvedTickets(tx, tenantId, message.ticketId, message.body, CANDIDATES);
  const canned = await similarCanned(tx, tenantId, message.ticketAssigneeId, message.body, CANDIDATES);
  const conversations = similar.map((s) => ({ ...s, customerName: s.customerName ?? undefined }));
  const customerName = message.authorName ?? ticket?.customerName ?? undefined;
  return provider.draft({
    tenantId,
    text: message.body,
    conversations,
    canned,
    context: {
      customer: { ...(customerName ? { name: customerName } : {}) },
      agent: {},
      ticket: { id: message.ticketId, ...(ticket ? { subject: ticket.subject } : {}) },
    },
  });
}

/**
 * AI assist on one customer message of a tenant that turned it on: classifies it, drafts a reply
 * when someone works the ticket, keeps both as the ticket's latest, and records the four steps
 * (ai.processing_started, ai.message_classified, ai.draft_proposed when drafted,
 * ai.processing_completed) in the consumer's transaction, so a redelivery repeats none of it.
 */
export async function assistMessage(deps: AiAssistDeps, tx: Tx, origin: EventContext, message: Message) {
  const settings = await settingsOf(tx, origin.tenantId);
  if (!settings.enabled || !isCustomerMessage(message)) return;
  const provider = deps.providers[settings.provider];
  const step = {
    ticketId: message.ticketId,
    messageId: message.messageId,
    ticketAssigneeId: message.ticketAssigneeId,
  };
  const started = performance.now();
  const ticket = await findTicket(tx, origin.tenantId, message.ticketId);
  const classified = await classify(tx, provider, origin.tenantId, message.body);
  const { ticketAssigneeId } = message;
  const drafted = ticketAssigneeId
    ? await draft(tx, provider, origin.tenantId, { ...message, ticketAssigneeId }, ticket)
    : null;
  const ms = Math.round(performance.now() - started);
  if (classified.fallbackReason) {
    deps.logger.info({ reason: classified.fallbackReason, ...step }, 'openai answered by local');
  }

  const result = classified.result;
  const labels = { category: result.category, priority: result.priority as Priority | null };
  const current = { category: ticket?.category ?? null, priority: ticket?.priority ?? null };
  const at = now();
  const draftAnswer = drafted?.result ? { ...drafted.result, provider: drafted.provider } : null;
  await saveInsight(
    tx,
    origin.tenantId,
    message.ticketId,
    { ...result, ...labels, messageId: message.messageId, provider: classified.provider, at },
    draftAnswer ? { ...draftAnswer, messageId: message.messageId, at } : null,
  );
  await recordEvent(tx, origin, 'ai.processing_started', step);
  await recordEvent(tx, origin, 'ai.message_classified', {
    ...step,
    ...result,
    ...labels,
    provider: classified.provider,
    autoApply: autoApplyOf(settings, result.confidence, labels, current),
  });
  if (draftAnswer) {
    const { content, sources, confidence, provider: by } = draftAnswer;
    await recordEvent(tx, origin, 'ai.draft_proposed', {
      ...step,
      draft: { content, sources },
      confidence,
      provider: by,
    });
  }
  await recordEvent(tx, origin, 'ai.processing_completed', {
    ...step,
    ms,
    classified: true,
    drafted: draftAnswer !== null,
  });
}
