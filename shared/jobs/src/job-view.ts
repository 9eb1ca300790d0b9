import type { Job } from '@switchboard/contracts';
import type { JobRow } from './tables.js';

/** The public shape of a job (docs/api.md §4.12), as the API and job.updated carry it. */
export const jobView = (row: JobRow): Job => ({
  id: row.id,
  type: row.type,
  status: row.status,
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
  progress: row.progress,
  error: row.error,
  payload: row.payload,
  result: row.result ?? null,
  requesterId: row.requesterId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
