import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Envelope, EventContext, EventData, JobType } from '@switchboard/contracts';
import type { AnyPgDatabase, Bus, Consumer, HandlerContext, ServiceQueue } from '@switchboard/event-bus';
import type { Logger } from 'pino';
import { MAX_JOB_ATTEMPTS, settle, startAttempt } from './lifecycle.js';
import type { JobRow } from './tables.js';

/** What a job's handler gets: the job, a place for its output file, and a way to report progress. */
export type JobContext = {
  job: JobRow;
  logger: Logger;
  /** Where the job may write its one output file (served by the download endpoint). */
  filePath: string;
  /** Percent done, 0–100; announced when it moved by 5 points or more. */
  progress(percent: number): Promise<void>;
  /** The attempt's transaction: what the handler writes here (events) commits with COMPLETED, or not at all. */
  tx: AnyPgDatabase;
  /** The job's correlation, for the events the handler records. */
  origin: EventContext;
};

/** Does the work; returns the job's result. Throwing fails the attempt (it is retried). */
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** The job queue of a service: its consumer name, and the broker's retry limit for it. */
export const jobQueue = (producer: string): ServiceQueue => ({
  service: `${producer}-jobs`,
  eventTypes: ['job.queued'],
  // The broker redelivers a failed attempt up to this many times, then dead-letters it.
  deliveryLimit: MAX_JOB_ATTEMPTS - 1,
});

/** Where a job's output file lives under `filesDir`. */
export const jobFilePath = (filesDir: string, job: Pick<JobRow, 'tenantId' | 'id'>) =>
  join(filesDir, job.tenantId, job.id);

export type JobWorkerOptions = {
  bus: Bus;
  db: AnyPgDatabase;
  /** The owning service: names the queue and the events' producer. */
  producer: string;
  handlers: Partial<Record<JobType, JobHandler>>;
  filesDir: string;
  /** First delay before a failed attempt is retried, doubled each time. */
  retryDelayMs: number;
  /** Jobs run at once by this process. */
  concurrency?: number;
};

/**
 * Runs queued jobs from the service's own job queue, apart from its event queue so a long export
 * never holds up the read models. Each attempt marks the job PROCESSING; success marks it
 * COMPLETED in the same transaction that acknowledges the message (so it happens once); a failure
 * puts it back to QUEUED with the error until the last attempt, which marks it FAILED.
 */
export function startJobWorker(options: JobWorkerOptions): Promise<Consumer> {
  const { bus, db, producer, retryDelayMs, concurrency = 2 } = options;
  const queue = jobQueue(producer);
  const run = async (event: Envelope<EventData<'job.queued'>>, tx: AnyPgDatabase, ctx: HandlerContext) => {
    const origin = { tenantId: event.tenantId, correlationId: event.correlationId, causationId: event.id };
    const handler = options.handlers[event.data.type];
    const job = await startAttempt(db, origin, producer, event.data.jobId);
    if (!job) return; // done or failed already: a duplicate or a stale message
    try {
      if (!handler) throw new Error(`no handler for ${event.data.type} jobs`);
      const filePath = jobFilePath(options.filesDir, job);
      await mkdir(join(options.filesDir, job.tenantId), { recursive: true });
      const result = await handler({
        job,
        logger: ctx.logger,
        filePath,
        progress: reporter(db, origin, producer, job),
        tx,
        origin,
      });
      await settle(tx, origin, producer, job.id, { status: 'COMPLETED', result });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const last = job.attempts >= job.maxAttempts;
      await db.transaction((t) =>
        settle(t, origin, producer, job.id, { status: last ? 'FAILED' : 'QUEUED', error }),
      );
      ctx.logger.warn({ err, jobId: job.id, attempt: job.attempts, last }, 'job attempt failed');
      throw err; // the bus retries with backoff, or dead-letters after the last attempt
    }
  };
  return bus.consume({
    service: queue.service,
    db,
    handlers: { 'job.queued': run },
    deliveryLimit: queue.deliveryLimit,
    retryDelayMs,
    concurrency,
  });
}

function reporter(db: AnyPgDatabase, origin: Parameters<typeof settle>[1], producer: string, job: JobRow) {
  let announced = 0;
  return async (percent: number) => {
    const progress = Math.max(0, Math.min(100, Math.floor(percent)));
    if (progress - announced < 5 && progress !== 100) return;
    announced = progress;
    await db.transaction((tx) => settle(tx, origin, producer, job.id, { status: 'PROCESSING', progress }));
  };
}
