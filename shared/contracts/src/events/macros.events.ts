import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { prioritySchema, ticketStatusSchema } from './tickets.events.js';

/** One step of a macro, applied in order (docs/api.md §4.14). */
export const macroActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set_status'), value: ticketStatusSchema }),
  z.object({ type: z.literal('set_priority'), value: prioritySchema }),
  z.object({ type: z.literal('add_tags'), value: z.array(z.string()).describe('Tags added to the ticket') }),
  z.object({
    type: z.literal('assign'),
    value: z.uuid().nullable().describe('The agent to assign; null unassigns'),
  }),
  z.object({ type: z.literal('reply'), value: z.string().describe('A public reply to the customer') }),
]);
export type MacroAction = z.infer<typeof macroActionSchema>;

/** A tenant's named set of ticket actions, applied in one click and one transaction. */
export const macroSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  actions: z.array(macroActionSchema),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Macro = z.infer<typeof macroSchema>;

const macroFact = macroSchema.extend({
  macroId: z.uuid(),
  actorId: z.uuid().nullable().describe('The supervisor or admin who made the change'),
});

export const MacroCreated = defineEvent('macro.created', 1, macroFact);
export const MacroUpdated = defineEvent('macro.updated', 1, macroFact);
export const MacroDeleted = defineEvent(
  'macro.deleted',
  1,
  z.object({ macroId: z.uuid(), name: z.string(), actorId: z.uuid().nullable() }),
);
