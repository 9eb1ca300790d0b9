import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * Background jobs (docs/api.md §8.1): work a user asked for that runs later, such as a
 * report export. The owning service queues, runs and retries them, announcing every change.
 */

export const jobTypes = ['EXCEL_EXPORT', 'EMAIL_REPORT', 'NOTIFICATION'] as const;
export const jobTypeSchema = z.enum(jobTypes);
export type JobType = z.infer<typeof jobTypeSchema>;

export const jobStatuses = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job's state as its owner and the Job Status tab see it. */
export const jobSchema = z.object({
  id: z.uuid(),
  type: jobTypeSchema,
  status: jobStatusSchema,
  attempts: z.number().int().min(0).describe('Attempts started so far'),
  maxAttempts: z.number().int().min(1),
  progress: z.number().int().min(0).max(100).describe('Percent done of the current attempt'),
  error: z.string().nullable().describe('Why the last attempt failed'),
  payload: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('What was asked: the report, its period (from, to), the agent, the recipients (added in v1)'),
  result: z.record(z.string(), z.unknown()).nullable().describe('What a completed job produced'),
  requesterId: z.uuid().nullable().describe('Who asked for it; null for scheduled work'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Job = z.infer<typeof jobSchema>;

/** A job is waiting for a worker: queued, or queued again by a retry. Consumed by the owner's workers. */
export const JobQueued = defineEvent('job.queued', 1, z.object({ jobId: z.uuid(), type: jobTypeSchema }));

/** A job changed state or progressed; the gateway sends it to the requester's sockets as job_update. */
export const JobUpdated = defineEvent('job.updated', 1, jobSchema.extend({ jobId: z.uuid() }));
