import { prioritySchema, ticketSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

const minutes = z.number().int().min(1).max(525_600);

export const policyBody = z.object({
  priority: prioritySchema,
  firstResponseMinutes: minutes,
  nextResponseMinutes: minutes.nullable().default(null),
  resolutionMinutes: minutes,
  businessHours: z.boolean().default(false),
  warnAtPercent: z.number().int().min(1).max(100).default(80),
});

const hhmm = z.string().regex(/^\d{2}:\d{2}$/, 'must be HH:MM');
const day = z.array(z.object({ start: hhmm, end: hhmm })).max(6);

export const calendarBody = z.object({
  timeZone: z.string().min(1).max(64),
  weekly: z.object({ 0: day, 1: day, 2: day, 3: day, 4: day, 5: day, 6: day }),
  holidays: z.array(z.iso.date()).max(366).default([]),
});

export const breachesQuery = paginationQuery.extend({
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
});

export const policyResponse = z.object({
  tenantId: z.uuid(),
  priority: prioritySchema,
  firstResponseMinutes: z.number().int(),
  nextResponseMinutes: z.number().int().nullable(),
  resolutionMinutes: z.number().int(),
  businessHours: z.boolean().describe('Whether the clocks count business hours only (see the calendar)'),
  warnAtPercent: z.number().int(),
  updatedAt: z.string(),
});

export const calendarResponse = calendarBody;

export const breachResponse = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  target: z.enum(['first_response', 'next_response', 'resolution']),
  crossedAt: z.string(),
  clockStartedAt: z.string(),
  ticket: ticketSchema,
});

export const automateResponse = z.object({
  escalated: z.number().int().describe('Tickets moved a rung up the escalation ladder'),
  actions: z.array(
    z.object({
      ticketId: z.uuid(),
      action: z.enum(['raise_priority', 'notify_supervisors', 'reassign']),
      level: z.number().int(),
      priority: prioritySchema,
      assigneeId: z.uuid().nullable(),
      outcome: z.enum(['done', 'no_agent_available']),
    }),
  ),
});
