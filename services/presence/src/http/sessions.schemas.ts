import { availabilitySchema, onlineStatusSchema } from '@switchboard/contracts';
import { z } from 'zod';
import { activityTypes } from '../domain/activity-log.js';

/** POST /api/sessions/break/start. */
export const breakStartBody = z
  .object({
    reason: z.string().trim().min(1).max(200).nullish().describe('Why (lunch, training, …); optional'),
  })
  .strict()
  .nullish();

const isoTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** GET /api/sessions. */
export const sessionsQuery = z
  .object({
    agentId: z.uuid('must be an agent id').optional().describe('Whose sessions; agents see only their own'),
    from: isoTime.optional().describe('Sessions still open at or after this time'),
    to: isoTime.optional().describe('Sessions started before this time'),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: 'from must be before to', path: ['from'] });

export const agentIdParams = z.object({ id: z.uuid('must be an agent id') });

/** PUT /api/agents/:id/status. */
export const statusBody = z.object({ status: onlineStatusSchema }).strict();

/** GET /api/agents/:id/activity. */
export const activityQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(90).default(7).describe('How many days back, 1–90 (default 7)'),
  })
  .strict();

/** An agent's presence now: what the floor view and the status changes answer. */
export const presenceEntryResponse = z.object({
  agentId: z.uuid(),
  onlineStatus: onlineStatusSchema.describe('The status the agent shows'),
  availability: availabilitySchema,
  activity: z.string().describe('working, break, on_call or clocked_out'),
  since: z.string().describe('When the current activity started'),
  openTickets: z.number().int(),
  capacity: z.number().int().nullable(),
  connections: z.number().int().describe('Open sockets of the agent'),
});

const interval = { startedAt: z.string(), endedAt: z.string().nullable().describe('Null while still open') };

export const sessionsResponse = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      agentId: z.uuid(),
      ...interval,
      workedSeconds: z.number().int().describe('Session time minus breaks'),
      breakSeconds: z.number().int(),
      onCallSeconds: z.number().int(),
      breaks: z.array(z.object({ ...interval, reason: z.string().nullable() })),
      calls: z.array(z.object(interval)),
    }),
  ),
});

export const activityResponse = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      agentId: z.uuid(),
      type: z.enum(activityTypes),
      description: z.string(),
      timestamp: z.string(),
      metadata: z.record(z.string(), z.unknown()),
    }),
  ),
});
