import { renderPlaceholders } from '@switchboard/ticket-rules';

/**
 * Drafts a reply from what the tenant already wrote: the agent reply that resolved the most
 * similar conversation, or a canned response. Retrieval (full-text search) ranks the candidates;
 * this picks one, makes it about this customer and says where it came from.
 */

export interface ResolvedConversation {
  ticketId: string;
  /** The agent reply that resolved it, as sent. */
  reply: string;
  customerName?: string;
  agentName?: string;
  /** Retrieval similarity in [0, 1]. */
  similarity: number;
}

export interface CannedCandidate {
  cannedResponseId: string;
  /** May hold placeholders such as {{customer.name}}. */
  content: string;
  similarity: number;
}

export interface DraftContext {
  customer: { name?: string; email?: string };
  agent: { name?: string };
  ticket: { id: string; subject?: string };
}

export type DraftSource = { ticketId: string } | { cannedResponseId: string };

export interface Draft {
  content: string;
  sources: DraftSource[];
  /** The similarity of the source the draft is built on. */
  confidence: number;
}

/** Below this, the nearest text answers another question: no draft beats a misleading one. */
export const MIN_SIMILARITY = 0.2;
/** Canned responses are written to be reused: one this close to the best conversation wins. */
const CANNED_PREFERENCE = 0.05;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The earlier customer's and agent's names become placeholders, so they never leak into this reply. */
export function depersonalise(conversation: ResolvedConversation): string {
  const names: Array<[string | undefined, string]> = [
    [conversation.customerName, '{{customer.name}}'],
    [conversation.agentName, '{{agent.name}}'],
  ];
  return names.reduce(
    (text, [name, placeholder]) =>
      name?.trim() ? text.replace(new RegExp(`\\b${escapeRegExp(name.trim())}\\b`, 'g'), placeholder) : text,
    conversation.reply,
  );
}

/** Unknown or empty placeholders are dropped (an agent must never send "{{ticket.id}}"). */
export function fillPlaceholders(template: string, context: DraftContext): string {
  const values = {
    'customer.name': context.customer.name?.trim() || 'there',
    'customer.email': context.customer.email,
    'agent.name': context.agent.name,
    'ticket.id': context.ticket.id,
    'ticket.subject': context.ticket.subject,
  };
  return renderPlaceholders(template, values, 'drop')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?])/g, '$1')
    .trim();
}

type Candidate = { template: string; source: DraftSource; similarity: number };

function bestOf(conversations: ResolvedConversation[], canned: CannedCandidate[]): Candidate | undefined {
  const conversation = [...conversations].sort((a, b) => b.similarity - a.similarity)[0];
  const response = [...canned].sort((a, b) => b.similarity - a.similarity)[0];
  const fromConversation = conversation && {
    template: depersonalise(conversation),
    source: { ticketId: conversation.ticketId },
    similarity: conversation.similarity,
  };
  const fromCanned = response && {
    template: response.content,
    source: { cannedResponseId: response.cannedResponseId },
    similarity: response.similarity,
  };
  if (!fromCanned) return fromConversation;
  if (!fromConversation) return fromCanned;
  return fromCanned.similarity + CANNED_PREFERENCE >= fromConversation.similarity
    ? fromCanned
    : fromConversation;
}

export function composeDraft(
  conversations: ResolvedConversation[],
  canned: CannedCandidate[],
  context: DraftContext,
): Draft | null {
  const best = bestOf(conversations, canned);
  if (!best || best.similarity < MIN_SIMILARITY) return null;
  return {
    content: fillPlaceholders(best.template, context),
    sources: [best.source],
    confidence: best.similarity,
  };
}
