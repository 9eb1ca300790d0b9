import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * Canned responses (SPEC §8.1): reusable replies with placeholders, owned by the ticket service.
 * A tenant-wide one has no owner; a personal one belongs to the agent who wrote it.
 */

export const cannedScopes = ['tenant', 'personal'] as const;
export const cannedScopeSchema = z
  .enum(cannedScopes)
  .describe('tenant: everyone sees it; personal: its owner only');
export type CannedScope = z.infer<typeof cannedScopeSchema>;

/** A short code as typed after `/` in the composer: lower-case letters, digits and dashes. */
export const shortCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a slug: letters, digits, - or _')
  .min(1)
  .max(32)
  .describe('What the composer finds it by after `/`, unique per tenant (tenant scope) or per owner');

export const cannedResponseSchema = z.object({
  id: z.uuid(),
  shortCode: z.string(),
  title: z.string(),
  body: z.string().describe('The text, with placeholders such as {{customer.name}}'),
  scope: cannedScopeSchema,
  ownerId: z.uuid().nullable().describe('The agent a personal response belongs to; null for tenant scope'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CannedResponse = z.infer<typeof cannedResponseSchema>;

const fact = cannedResponseSchema.extend({ actorId: z.uuid().describe('Who made the change') });

export const CannedResponseCreated = defineEvent('canned_response.created', 1, fact);
export const CannedResponseUpdated = defineEvent('canned_response.updated', 1, fact);
export const CannedResponseDeleted = defineEvent(
  'canned_response.deleted',
  1,
  z.object({
    id: z.uuid(),
    scope: cannedScopeSchema,
    ownerId: z.uuid().nullable(),
    actorId: z.uuid().describe('Who deleted it'),
  }),
);
