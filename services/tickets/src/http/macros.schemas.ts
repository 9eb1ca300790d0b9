import { prioritySchema, ticketStatusSchema } from '@switchboard/contracts';
import { z } from 'zod';
import { tagListSchema } from './tags.schemas.js';

export const macroIdParams = z.object({ id: z.uuid('must be a macro id') });
export const applyMacroParams = z.object({
  id: z.uuid('must be a ticket id'),
  macroId: z.uuid('must be a macro id'),
});

/** A macro's steps as a supervisor writes them: each value checked as its single action checks it. */
const macroAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set_status'), value: ticketStatusSchema }),
  z.object({ type: z.literal('set_priority'), value: prioritySchema }),
  z.object({ type: z.literal('add_tags'), value: tagListSchema.pipe(z.array(z.string()).min(1)) }),
  z.object({ type: z.literal('assign'), value: z.uuid('must be an agent id').nullable() }),
  z.object({ type: z.literal('reply'), value: z.string().trim().min(1, 'must not be empty').max(20_000) }),
]);

const name = z.string().trim().min(1, 'must not be blank').max(100);
const actions = z.array(macroAction).min(1, 'a macro does at least one thing').max(20);

export const createMacroBody = z.object({ name, actions }).strict();
export const patchMacroBody = z
  .object({ name, actions })
  .partial()
  .strict()
  .refine((b) => b.name !== undefined || b.actions !== undefined, 'give a name, actions or both');
