import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { prioritySchema } from './tickets.events.js';

/*
 * AI assist on a customer message (docs/api.md §8.4, docs/ai.md). The ai-assist service publishes
 * the four steps of one message, in order, from one transaction; the gateway turns them into the
 * socket's ai_processing_started, ai_classification, ai_draft and ai_processing_completed.
 */

const step = z.object({
  ticketId: z.uuid(),
  messageId: z.uuid().describe('The customer message the work is about'),
  ticketAssigneeId: z.uuid().nullable().describe('Who works the ticket: the draft is theirs alone'),
});

export const sentiments = ['negative', 'neutral', 'positive'] as const;
export const sentimentSchema = z.enum(sentiments);
export type Sentiment = z.infer<typeof sentimentSchema>;

export const aiProviders = ['local', 'openai'] as const;
export const aiProviderSchema = z.enum(aiProviders);
export type AiProviderName = z.infer<typeof aiProviderSchema>;

/** The classification of one customer message: the socket's `ai_classification` payload. */
export const aiClassificationSchema = z.object({
  category: z.string().nullable().describe("One of the tenant's own categories; null before any is labelled"),
  priority: prioritySchema.nullable(),
  sentiment: sentimentSchema,
  sentimentScore: z.number().min(-1).max(1),
  language: z.string().describe('ISO 639-1 code, or "und" when undetermined'),
  confidence: z.number().min(0).max(1).describe('Calibrated; the lower of category and priority'),
});
export type AiClassification = z.infer<typeof aiClassificationSchema>;

export const draftSourceSchema = z.union([
  z.object({ ticketId: z.uuid() }),
  z.object({ cannedResponseId: z.uuid() }),
]);

/** A drafted reply for the assignee to insert, edit or discard: never sent by itself. */
export const aiDraftSchema = z.object({
  content: z.string(),
  sources: z.array(draftSourceSchema).describe('The resolved tickets and canned responses it is built on'),
});
export type AiDraft = z.infer<typeof aiDraftSchema>;

export const AiProcessingStarted = defineEvent('ai.processing_started', 1, step);

export const AiMessageClassified = defineEvent(
  'ai.message_classified',
  1,
  step.extend(aiClassificationSchema.shape).extend({
    provider: aiProviderSchema.describe('Who answered: local, or openai'),
    autoApply: z
      .object({ category: z.string().optional(), priority: prioritySchema.optional() })
      .nullable()
      .describe(
        "What the tenant's settings say to set on the ticket now (the ticket service applies it as an audited update); null: nothing",
      ),
  }),
);

export const AiDraftProposed = defineEvent(
  'ai.draft_proposed',
  1,
  step.extend({ draft: aiDraftSchema, confidence: z.number().min(0).max(1), provider: aiProviderSchema }),
);

export const AiProcessingCompleted = defineEvent(
  'ai.processing_completed',
  1,
  step.extend({
    ms: z.number().int().min(0).describe('How long classifying and drafting took'),
    classified: z.boolean(),
    drafted: z.boolean().describe('false: no assignee, or nothing close enough to draft from'),
  }),
);
