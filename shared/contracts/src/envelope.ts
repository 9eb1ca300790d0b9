import { z } from 'zod';

/** The wire shape every domain event travels in (docs/api.md §5). */
export const envelopeSchema = z.object({
  id: z.uuid().describe('Unique event id; consumers deduplicate on it'),
  type: z.string().min(1).describe('Past-tense event name, also the routing key'),
  version: z.number().int().positive().describe('Contract version of `data`'),
  tenantId: z.uuid().describe('Tenant the event belongs to'),
  occurredAt: z.iso.datetime().describe('When the fact happened (ISO-8601 UTC)'),
  producer: z.string().min(1).describe('Service that produced the event'),
  correlationId: z.string().min(1).describe('Id of the request or flow that caused the event'),
  causationId: z.string().nullable().describe('Id of the event that directly caused this one'),
  data: z.unknown().describe('Event payload, validated by the schema of `type`/`version`'),
  traceparent: z
    .string()
    .max(100)
    .optional()
    .describe('W3C trace context of the flow that caused the event, when tracing is on'),
});

export type Envelope<Data = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: Data };
