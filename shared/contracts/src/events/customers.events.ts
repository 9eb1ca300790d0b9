import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * Customers (contacts) are owned by the ticket service (docs/api.md §4.17). A customer is found by
 * any of its identities — an email, a phone, a channel's own id for the sender — so every channel
 * lands a person on one profile.
 */

export const customerIdentityKinds = ['email', 'phone', 'channel'] as const;
export const customerIdentityKindSchema = z.enum(customerIdentityKinds);
export type CustomerIdentityKind = z.infer<typeof customerIdentityKindSchema>;

export const customerIdentitySchema = z.object({
  kind: customerIdentityKindSchema,
  value: z.string().describe('Normalised: an email lower-cased, a phone as + and its digits'),
});
export type CustomerIdentity = z.infer<typeof customerIdentitySchema>;

/** Bounds of a customer's custom attributes: a small flat map, never a document store. */
export const customerAttributeLimits = { keys: 50, keyLength: 64, textLength: 1000 } as const;
const attributeKey = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
  .max(customerAttributeLimits.keyLength);
export const customerAttributeValueSchema = z.union([
  z.string().max(customerAttributeLimits.textLength),
  z.number().finite(),
  z.boolean(),
]);
export const customerAttributesSchema = z
  .record(attributeKey, customerAttributeValueSchema)
  .refine((a) => Object.keys(a).length <= customerAttributeLimits.keys, {
    message: `at most ${customerAttributeLimits.keys} attributes`,
  })
  .describe('Custom attributes: {key: string | number | boolean}');
export type CustomerAttributes = z.infer<typeof customerAttributesSchema>;

/** GET /api/customers/:id: the profile with its identities and ticket counts (docs/api.md §4.17). */
export const customerProfileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable().describe('The primary email'),
  phone: z.string().nullable().describe('The primary phone, as given'),
  attributes: customerAttributesSchema,
  identities: z.array(customerIdentitySchema).describe('Every email, phone and channel id that finds them'),
  ticketCount: z.number().int(),
  openTicketCount: z.number().int().describe('Tickets not RESOLVED or CLOSED'),
  lastContactAt: z
    .string()
    .nullable()
    .describe('Their latest message, or their latest ticket when newer; null without either'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

const customerFact = z.object({
  customerId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  attributes: customerAttributesSchema,
  actorId: z.uuid().nullable().describe('Who did it; null when a channel created the customer'),
});

export const CustomerCreated = defineEvent(
  'customer.created',
  1,
  customerFact.extend({
    via: z
      .enum(['staff', 'ticket', 'channel'])
      .describe('POST /api/customers, a new ticket, or an inbound message'),
  }),
);
export const CustomerUpdated = defineEvent(
  'customer.updated',
  1,
  customerFact.extend({ changed: z.array(z.string()).describe('The fields that changed') }),
);
export const CustomerMerged = defineEvent(
  'customer.merged',
  1,
  customerFact
    .extend({
      mergedCustomerId: z.uuid().describe('The duplicate, gone now: follow its references to customerId'),
      ticketIds: z.array(z.uuid()).describe('The tickets that moved from the duplicate to customerId'),
    })
    .describe('customerId (and its fields) is the customer that remains'),
);
