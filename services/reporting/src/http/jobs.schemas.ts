import {
  broadcastAudienceInputSchema,
  broadcastMessageSchema,
  jobStatuses,
  jobTypes,
} from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';
import { validRange } from './reports.schemas.js';

const localDate = z.iso.date('must be a date YYYY-MM-DD');
const report = z.enum(['agent', 'team', 'tickets']);
const agentId = z.uuid('must be an agent id').optional().describe('The agent of an agent report');
/** At most this many recipients per email or schedule. */
export const MAX_RECIPIENTS = 50;
const recipients = (what: string) =>
  z
    .array(z.email('must be an email address'), {
      error: `${what} is the list of recipients' email addresses`,
    })
    .min(1, 'name at least one recipient')
    .max(MAX_RECIPIENTS, `at most ${MAX_RECIPIENTS} recipients`);

/** POST /api/reports/export (docs/api.md §4.12): a report over local days, both included. */
export const exportBody = validRange(z.object({ report, from: localDate, to: localDate, agentId }));

/**
 * POST /api/reports/email. docs/api.md §4.12: the body names both the recipients and the last day `to`; JSON
 * keeps one, so `to` is the recipients (listed first) and the last day is `until`
 * (the first day, a one-day report, when left out). docs/reporting.md.
 */
export const emailBody = z
  .object({
    to: recipients('to'),
    report,
    from: localDate,
    until: localDate.optional().describe('Last local day, included (defaults to `from`)'),
    agentId,
  })
  .transform(({ to, until, ...rest }) => ({ ...rest, recipients: to, to: until ?? rest.from }))
  .pipe(
    validRange(
      z.object({ report, from: localDate, to: localDate, agentId, recipients: z.array(z.string()) }),
    ),
  );

export const jobsQuery = paginationQuery.extend({
  type: z.enum(jobTypes).optional(),
  status: z.enum(jobStatuses).optional(),
});

export const jobParams = z.object({ id: z.uuid('must be a job id') });
export const scheduleParams = z.object({ id: z.uuid('must be a schedule id') });

export const scheduleBody = z.object({
  report,
  frequency: z.enum(['weekly', 'monthly']),
  recipients: recipients('recipients'),
  agentId,
});

export const queuedResponse = z.object({ jobId: z.uuid().describe('Follow it at GET /api/jobs/:id') });

export const scheduleResponse = z.object({
  id: z.uuid(),
  report,
  frequency: z.enum(['weekly', 'monthly']),
  recipients: z.array(z.string()),
  agentId: z.uuid().nullable(),
  createdBy: z.uuid(),
  createdAt: z.string(),
});

/** OmniSync's audiences by name, as Switchboard's broadcast audiences (docs/api.md §4.12). */
const namedAudiences = {
  all: { type: 'all', value: null },
  agents: { type: 'role', value: 'agent' },
  supervisors: { type: 'role', value: 'supervisor' },
} as const;
const namedAudience = z
  .enum(['all', 'agents', 'supervisors'])
  .transform((name) => namedAudiences[name])
  .describe('all, agents or supervisors (OmniSync)');

/** POST /api/jobs: the one job a client queues directly, a NOTIFICATION (a broadcast). */
export const notificationBody = z
  .object({
    type: z.literal('NOTIFICATION', 'only NOTIFICATION jobs are queued here'),
    message: broadcastMessageSchema,
    audience: z.union([namedAudience, broadcastAudienceInputSchema], {
      error: 'all, agents, supervisors, or a broadcast audience {type, value}',
    }),
  })
  .strict();
