import type { Caller } from '@switchboard/auth-verify';
import { notFoundError } from '@switchboard/contracts';
import { mayReadTicket } from '@switchboard/ticket-rules';
import { findInsight, findInsights, type InsightRow } from '../data/insights.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { findTicket, findTickets } from '../data/tickets.repository.js';
import type { AiAssistDeps } from '../deps.js';
import { maySeeDraft } from '../domain/access.js';

const classificationView = (i: InsightRow) => ({
  messageId: i.classificationMessageId,
  category: i.category,
  priority: i.priority,
  sentiment: i.sentiment,
  sentimentScore: i.sentimentScore,
  language: i.language,
  confidence: i.confidence,
  provider: i.classificationProvider,
  classifiedAt: i.classifiedAt.toISOString(),
});

const draftView = (i: InsightRow) =>
  i.draftMessageId && i.draftContent !== null && i.draftProvider && i.draftedAt
    ? {
        messageId: i.draftMessageId,
        content: i.draftContent,
        sources: i.draftSources ?? [],
        confidence: i.draftConfidence ?? 0,
        provider: i.draftProvider,
        draftedAt: i.draftedAt.toISOString(),
      }
    : null;

// A tenant that turned AI assist off sees none of what it said before, as it hears none of it live.
const aiOn = async (deps: AiAssistDeps, caller: Caller) =>
  (await settingsOf(deps.db, caller.tenantId)).enabled;

/** GET /api/tickets/:id/ai: the latest classification, and the draft for the assignee only. */
export async function ticketAi(deps: AiAssistDeps, caller: Caller, ticketId: string) {
  const ticket = await findTicket(deps.db, caller.tenantId, ticketId);
  // A ticket the agent may not read is answered as one that does not exist (docs/api.md §3).
  if (!ticket || !mayReadTicket(caller, ticket.assigneeId)) throw notFoundError('Ticket');
  const insight = (await aiOn(deps, caller)) ? await findInsight(deps.db, caller.tenantId, ticketId) : null;
  return {
    data: {
      ticketId,
      classification: insight ? classificationView(insight) : null,
      draft: insight && maySeeDraft(caller, ticket.assigneeId) ? draftView(insight) : null,
    },
  };
}

/** GET /api/ai/tickets?ids=: the latest classification of each listed ticket the caller may read. */
export async function ticketsAi(deps: AiAssistDeps, caller: Caller, ticketIds: string[]) {
  if (!(await aiOn(deps, caller))) return { data: [] };
  const readable = (await findTickets(deps.db, caller.tenantId, ticketIds))
    .filter((t) => mayReadTicket(caller, t.assigneeId))
    .map((t) => t.ticketId);
  const insights = readable.length ? await findInsights(deps.db, caller.tenantId, readable) : [];
  return {
    data: insights.map((i) => ({
      ticketId: i.ticketId,
      category: i.category,
      priority: i.priority,
      sentiment: i.sentiment,
      sentimentScore: i.sentimentScore,
      confidence: i.confidence,
      classifiedAt: i.classifiedAt.toISOString(),
    })),
  };
}
