import { type EventContext, type JobType, newEvent, uuidv7 } from '@switchboard/contracts';
import { type AnyPgDatabase, enqueueEvents } from '@switchboard/event-bus';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { jobView } from './job-view.js';
import { type JobRow, jobs } from './tables.js';

/** Attempts per job before it is FAILED (and its message dead-lettered); fixed by the queue. */
export const MAX_JOB_ATTEMPTS = 3;

/** Announces the job's new state (job.updated), in the transaction that changed it. */
export async function announce(tx: AnyPgDatabase, origin: EventContext, producer: string, row: JobRow) {
  const event = newEvent('job.updated', { ...jobView(row), jobId: row.id }, origin, producer);
  await enqueueEvents(tx, [event]);
}

type NewJob = { type: JobType; requesterId: string | null; payload: Record<string, unknown> };

/** Creates a QUEUED job and hands it to the workers (job.queued), both in `tx`. */
export async function queueJob(tx: AnyPgDatabase, origin: EventContext, producer: string, job: NewJob) {
  const [row] = await tx
    .insert(jobs)
    .values({
      id: uuidv7(),
      tenantId: origin.tenantId,
      status: 'QUEUED',
      maxAttempts: MAX_JOB_ATTEMPTS,
      ...job,
    })
    .returning();
  if (!row) throw new Error('job not created');
  await enqueueEvents(tx, [newEvent('job.queued', { jobId: row.id, type: row.type }, origin, producer)]);
  await announce(tx, origin, producer, row);
  return row;
}

/**
 * POST /api/jobs/:id/retry: a FAILED job starts over with a fresh set of attempts. Returns null
 * when the tenant has no such job, or the job as it is when it has not failed.
 */
export async function retryJob(
  tx: AnyPgDatabase,
  origin: EventContext,
  producer: string,
  jobId: string,
): Promise<{ row: JobRow; retried: boolean } | null> {
  const [row] = await tx
    .update(jobs)
    .set({ status: 'QUEUED', attempts: 0, progress: 0, error: null, updatedAt: new Date() })
    .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, origin.tenantId), eq(jobs.status, 'FAILED')))
    .returning();
  if (!row) {
    const [current] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, origin.tenantId)));
    return current ? { row: current, retried: false } : null;
  }
  await enqueueEvents(tx, [newEvent('job.queued', { jobId: row.id, type: row.type }, origin, producer)]);
  await announce(tx, origin, producer, row);
  return { row, retried: true };
}

/** A worker takes the job: PROCESSING, one more attempt. Null when it is already done or failed. */
export async function startAttempt(db: AnyPgDatabase, origin: EventContext, producer: string, jobId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({ status: 'PROCESSING', attempts: sql`${jobs.attempts} + 1`, progress: 0, updatedAt: new Date() })
      .where(and(eq(jobs.id, jobId), inArray(jobs.status, ['QUEUED', 'PROCESSING'])))
      .returning();
    if (row) await announce(tx, origin, producer, row);
    return row ?? null;
  });
}

type Outcome =
  | { status: 'COMPLETED'; result: Record<string, unknown> }
  | { status: 'QUEUED' | 'FAILED'; error: string }
  | { status: 'PROCESSING'; progress: number };

/** Records where the attempt got to, and announces it. */
export async function settle(
  tx: AnyPgDatabase,
  origin: EventContext,
  producer: string,
  jobId: string,
  outcome: Outcome,
) {
  const changes =
    outcome.status === 'COMPLETED'
      ? { status: outcome.status, result: outcome.result, progress: 100, error: null }
      : outcome.status === 'PROCESSING'
        ? { progress: outcome.progress }
        : { status: outcome.status, error: outcome.error };
  const [row] = await tx
    .update(jobs)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .returning();
  if (row) await announce(tx, origin, producer, row);
  return row;
}
