import type { TicketAi, TicketClassification, TicketDraft, TicketSentiment } from '../features/ai/api.js';

/* Pure cache updates for AI assist's socket events: a payload in, the next cached value out. */

type Payload = Record<string, unknown>;

const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number';
const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** ai_classification's payload as GET /api/tickets/:id/ai answers it (its time is the event's). */
export function classificationOf(p: Payload): TicketClassification | null {
  if (!str(p.ticketId) || !str(p.messageId) || !str(p.sentiment) || !num(p.confidence)) return null;
  return {
    messageId: p.messageId,
    category: str(p.category) ? p.category : null,
    priority: str(p.priority) ? (p.priority as TicketClassification['priority']) : null,
    sentiment: p.sentiment as TicketClassification['sentiment'],
    sentimentScore: num(p.sentimentScore) ? p.sentimentScore : 0,
    language: str(p.language) ? p.language : 'und',
    confidence: p.confidence,
    provider: p.provider === 'openai' ? 'openai' : 'local',
    classifiedAt: str(p.occurredAt) ? p.occurredAt : new Date().toISOString(),
  };
}

/** ai_draft's payload as the ticket's draft. */
export function draftOf(p: Payload): TicketDraft | null {
  const draft = p.draft as { content?: unknown; sources?: unknown } | undefined;
  if (!str(p.ticketId) || !str(p.messageId) || !str(draft?.content)) return null;
  return {
    messageId: p.messageId,
    content: draft.content,
    sources: Array.isArray(draft.sources) ? (draft.sources as TicketDraft['sources']) : [],
    confidence: num(p.confidence) ? p.confidence : 0,
    provider: p.provider === 'openai' ? 'openai' : 'local',
    draftedAt: str(p.occurredAt) ? p.occurredAt : new Date().toISOString(),
  };
}

/** The ticket's AI state with a newer classification; an older one (a late event) changes nothing. */
export function withClassification(ai: TicketAi | undefined | null, c: TicketClassification) {
  if (!ai) return ai;
  if (ai.classification && later(ai.classification.classifiedAt, c.classifiedAt)) return ai;
  return { ...ai, classification: c };
}

export function withDraft(ai: TicketAi | undefined | null, d: TicketDraft) {
  if (!ai) return ai;
  if (ai.draft && later(ai.draft.draftedAt, d.draftedAt)) return ai;
  return { ...ai, draft: d };
}

/** A list's sentiments with the ticket's new classification, when the list asked for that ticket. */
export function withSentiment(
  list: TicketSentiment[] | undefined,
  askedFor: readonly string[],
  ticketId: string,
  c: TicketClassification,
): TicketSentiment[] | undefined {
  if (!list || !askedFor.includes(ticketId)) return list;
  const known = list.find((s) => s.ticketId === ticketId);
  if (known && later(known.classifiedAt, c.classifiedAt)) return list;
  const { messageId: _message, language: _language, provider: _provider, ...entry } = c;
  return [...list.filter((s) => s.ticketId !== ticketId), { ticketId, ...entry }];
}

/** ai_processing_started: the ticket is being read (for that message). */
export function startReading(map: Record<string, string> | undefined, p: Payload) {
  if (!str(p.ticketId) || !str(p.messageId)) return map;
  return { ...map, [p.ticketId]: p.messageId };
}

/** ai_processing_completed: done with that message; a newer message still being read stays. */
export function stopReading(map: Record<string, string> | undefined, p: Payload) {
  if (!map || !str(p.ticketId) || map[p.ticketId] !== p.messageId) return map;
  const { [p.ticketId]: _done, ...rest } = map;
  return rest;
}
