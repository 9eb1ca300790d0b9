import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { prioritySchema } from './tickets.events.js';

export const slaTargetSchema = z.enum(['first_response', 'next_response', 'resolution']);

const slaCrossing = z.object({
  ticketId: z.uuid(),
  target: slaTargetSchema,
  priority: prioritySchema,
  assigneeId: z.uuid().nullable(),
  subject: z.string(),
  clockStartedAt: z
    .string()
    .describe('When this target’s clock started (creation, or the customer message awaiting a reply)'),
  crossedAt: z.string().describe('The instant the running time crossed the threshold'),
  targetMinutes: z.number().int(),
});

/** A target passed its warning threshold (default 80 % of the target) while still running. */
export const SlaWarning = defineEvent('sla.warning', 1, slaCrossing);
export const SlaBreached = defineEvent('sla.breached', 1, slaCrossing);

/** One step of the escalation ladder was taken on a breached ticket (POST /api/sla/automate). */
export const SlaEscalated = defineEvent(
  'sla.escalated',
  1,
  z.object({
    ticketId: z.uuid(),
    action: z.enum(['raise_priority', 'notify_supervisors', 'reassign']),
    level: z.number().int().describe('Escalation level reached'),
    priority: prioritySchema,
    assigneeId: z.uuid().nullable(),
    previousAssigneeId: z.uuid().nullable(),
    subject: z.string(),
  }),
);
