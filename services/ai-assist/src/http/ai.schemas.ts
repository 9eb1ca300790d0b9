import { aiProviderSchema, prioritySchema, sentimentSchema } from '@switchboard/contracts';
import { z } from 'zod';

/** PUT /api/ai/settings: the whole object (docs/api.md §4.13). */
export const aiSettingsBody = z
  .object({
    enabled: z.boolean(),
    provider: aiProviderSchema,
    autoApply: z.object({ category: z.boolean(), priority: z.boolean() }).strict(),
    autoApplyMinConfidence: z.number().min(0).max(1),
  })
  .strict();

export const aiSettingsResponse = z.object({ data: aiSettingsBody });

export const ticketParams = z.object({ id: z.uuid('must be a ticket id') });

/** GET /api/ai/tickets?ids=a,b,c (1..100 ticket ids). */
export const ticketsQuery = z.object({
  ids: z
    .string()
    .transform((s) => [...new Set(s.split(',').map((id) => id.trim()))])
    .pipe(z.array(z.uuid('must be ticket ids')).min(1).max(100)),
});

const classification = z.object({
  messageId: z.uuid(),
  category: z.string().nullable(),
  priority: prioritySchema.nullable(),
  sentiment: sentimentSchema,
  sentimentScore: z.number(),
  language: z.string(),
  confidence: z.number(),
  provider: aiProviderSchema,
  classifiedAt: z.string(),
});

const draft = z.object({
  messageId: z.uuid(),
  content: z.string(),
  sources: z.array(z.union([z.object({ ticketId: z.uuid() }), z.object({ cannedResponseId: z.uuid() })])),
  confidence: z.number(),
  provider: aiProviderSchema,
  draftedAt: z.string(),
});

export const ticketAiResponse = z.object({
  data: z.object({ ticketId: z.uuid(), classification: classification.nullable(), draft: draft.nullable() }),
});

export const ticketsAiResponse = z.object({
  data: z.array(
    classification
      .pick({
        category: true,
        priority: true,
        sentiment: true,
        sentimentScore: true,
        confidence: true,
        classifiedAt: true,
      })
      .extend({ ticketId: z.uuid() }),
  ),
});
