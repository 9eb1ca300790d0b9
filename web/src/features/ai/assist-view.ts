import type { Priority } from '@switchboard/contracts';
import type { TicketChange } from '../tickets/api.js';
import type { TicketAi, TicketDraft } from './api.js';

/* What the ticket screen shows of AI assist's answer, and what the agent's feedback sends. */

/** A confidence in [0, 1] as a whole percentage (0–100), whatever the provider answered. */
export const percentOf = (confidence: number) =>
  Number.isFinite(confidence) ? Math.round(Math.min(1, Math.max(0, confidence)) * 100) : 0;

export type Correctable = 'category' | 'priority';

export const priorities: readonly Priority[] = ['low', 'medium', 'high', 'urgent'];

/** Why a correction cannot be sent: nothing chosen, or the very value the AI said was right. */
export type CorrectionProblem = 'empty' | 'same';

/**
 * The ticket update an agent's "Wrong?" answer makes: PATCH /api/tickets/:id with the right
 * label. ai-assist learns a label from that update because a person made it (docs/ai.md
 * "Labels learned"), so this is the training signal, not a separate feedback call.
 */
export function correction(
  kind: Correctable,
  chosen: string,
  predicted: string | null,
): { change: TicketChange } | { problem: CorrectionProblem } {
  const value = chosen.trim();
  if (!value) return { problem: 'empty' };
  if (predicted !== null && value.toLowerCase() === predicted.toLowerCase()) return { problem: 'same' };
  if (kind === 'category') return { change: { category: value } };
  const priority = priorities.find((p) => p === value);
  return priority ? { change: { priority } } : { problem: 'empty' };
}

/** The draft to offer: the assignee's, unless this tab already inserted or discarded it. */
export function offeredDraft(
  ai: TicketAi | null | undefined,
  dismissed: readonly string[],
  viewer: { meId: string; assigneeId: string | null },
): TicketDraft | null {
  const draft = ai?.draft;
  if (!draft || viewer.assigneeId !== viewer.meId) return null;
  return dismissed.includes(draft.messageId) ? null : draft;
}

/** The composer's text once the draft is inserted: what the agent already typed stays, first. */
export const withInsertedDraft = (typed: string, draft: string) =>
  typed.trim() ? `${typed.trimEnd()}\n\n${draft}` : draft;
