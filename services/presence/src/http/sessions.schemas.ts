import { onlineStatusSchema } from '@switchboard/contracts';
import { z } from 'zod';

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
