import { customerAttributesSchema, customerAttributeValueSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

export const customerIdParams = z.object({ id: z.uuid('must be a customer id') });

export const listCustomersQuery = paginationQuery.extend({
  q: z.string().trim().min(1, 'must not be blank').max(200).optional(),
});

const name = z.string().trim().min(1).max(200);
const email = z.email().max(255);
/** The same phone rule as a ticket's customer and the inbound channel. */
const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s\-()]{3,20}$/, 'must be a phone number');

export const createCustomerBody = z
  .object({
    name,
    email: email.optional(),
    phone: phone.optional(),
    attributes: customerAttributesSchema.optional(),
  })
  .strict();

export const patchCustomerBody = z
  .object({
    name,
    email: email.nullable(),
    phone: phone.nullable(),
    attributes: z
      .record(z.string(), customerAttributeValueSchema.nullable())
      .describe('Keys to set; a null removes the key. The result must stay within the attribute bounds'),
  })
  .partial()
  .strict();

export const mergeCustomerBody = z
  .object({ intoCustomerId: z.uuid('must be a customer id').describe('The customer that remains') })
  .strict();
