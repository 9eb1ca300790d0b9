import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadLetterQueueOf, type Envelope, type JobStatus, uuidv7 } from '@switchboard/contracts';
import { connectDb, runMigrations } from '@switchboard/db';
import { type Bus, connectBus, outbox, provisionQueue, startOutboxRelay } from '@switchboard/event-bus';
import {
  createTestDatabase,
  createTestVhost,
  type TestDatabase,
  type TestVhost,
  waitFor,
} from '@switchboard/testing';
import { asc } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findJob,
  type JobHandler,
  jobQueue,
  listJobs,
  MAX_JOB_ATTEMPTS,
  queueJob,
  retryJob,
  startJobWorker,
} from '../src/index.js';
import * as schema from './support/schema.js';

const logger = pino({ level: 'silent' });
let database: TestDatabase;
let vhost: TestVhost;
let bus: Bus;
let db: ReturnType<typeof connectDb<typeof schema>>['db'];
let stopAll: () => Promise<void>;
/** What the worker does with the next EXCEL_EXPORT job; each test sets it. */
let behaviour: JobHandler = async () => ({});
let calls = 0;

beforeAll(async () => {
  [database, vhost] = await Promise.all([createTestDatabase('jobs'), createTestVhost('jobs')]);
  await runMigrations(database.url, new URL('../drizzle', import.meta.url));
  await provisionQueue(vhost.url, jobQueue('reporting'));
  const connection = connectDb(database.url, schema);
  db = connection.db;
  bus = connectBus({ url: vhost.url, logger, name: 'jobs-test' });
  const relay = startOutboxRelay({ db, pool: connection.pool, bus, logger });
  const worker = await startJobWorker({
    bus,
    db,
    producer: 'reporting',
    handlers: {
      EXCEL_EXPORT: (ctx) => {
        calls++;
        return behaviour(ctx);
      },
    },
    filesDir: join(tmpdir(), `jobs-test-${uuidv7()}`),
    retryDelayMs: 50,
  });
  stopAll = async () => {
    await worker.stop();
    await relay.stop();
    await bus.close();
    await connection.pool.end();
  };
});
afterAll(async () => {
  await stopAll?.();
  await Promise.all([database?.drop(), vhost?.remove()]);
});

const tenantId = uuidv7();
const origin = { tenantId, correlationId: 'jobs-test' };
const queue = (rows = 2) =>
  db.transaction((tx) =>
    queueJob(tx, origin, 'reporting', { type: 'EXCEL_EXPORT', requesterId: null, payload: { rows } }),
  );
const statusOf = async (id: string) => (await findJob(db, tenantId, id))?.status;
const settled = (id: string, status: JobStatus) =>
  waitFor(`job ${status}`, async () => (await statusOf(id)) === status);
/** The job.updated events recorded for a job, in order. */
const updates = async (id: string) =>
  (await db.select().from(outbox).orderBy(asc(outbox.seq)))
    .map((r) => r.envelope as Envelope<{ jobId: string; status: string; progress: number; attempts: number }>)
    .filter((e) => e.type === 'job.updated' && e.data.jobId === id)
    .map((e) => `${e.data.status}:${e.data.attempts}:${e.data.progress}`);

describe('background jobs', () => {
  it('run QUEUED → PROCESSING → COMPLETED with progress, a file and a result, announcing each step', async () => {
    behaviour = async ({ filePath, progress, job }) => {
      await progress(50);
      await writeFile(filePath, `rows=${job.payload.rows}`);
      return { file: { name: 'report.xlsx', size: 6 } };
    };
    const job = await queue();
    await settled(job.id, 'COMPLETED');
    const done = await findJob(db, tenantId, job.id);
    expect(done).toMatchObject({
      attempts: 1,
      progress: 100,
      error: null,
      result: { file: { name: 'report.xlsx' } },
    });
    expect(await updates(job.id)).toEqual([
      'QUEUED:0:0',
      'PROCESSING:1:0',
      'PROCESSING:1:50',
      'COMPLETED:1:100',
    ]);
  });

  it('retry a failing job with backoff, FAIL it after the last attempt into the DLQ, and run it again on retry', async () => {
    const before = calls;
    behaviour = async () => {
      throw new Error('SMTP server refused the connection');
    };
    const job = await queue();
    await settled(job.id, 'FAILED');
    expect(calls - before).toBe(MAX_JOB_ATTEMPTS);
    expect(await findJob(db, tenantId, job.id)).toMatchObject({
      attempts: MAX_JOB_ATTEMPTS,
      error: 'SMTP server refused the connection',
    });
    await waitFor(
      'dead-lettered',
      async () => (await bus.inspectQueue(deadLetterQueueOf(jobQueue('reporting').service)))?.messages === 1,
    );
    expect((await updates(job.id)).map((u) => u.split(':')[0])).toEqual([
      'QUEUED',
      ...Array.from({ length: MAX_JOB_ATTEMPTS }, (_, i) => [
        'PROCESSING',
        i + 1 < MAX_JOB_ATTEMPTS ? 'QUEUED' : 'FAILED',
      ]).flat(),
    ]);

    behaviour = async () => ({ sent: true });
    const retried = await db.transaction((tx) => retryJob(tx, origin, 'reporting', job.id));
    expect(retried?.retried).toBe(true);
    await settled(job.id, 'COMPLETED');
    expect(await findJob(db, tenantId, job.id)).toMatchObject({
      attempts: 1,
      error: null,
      result: { sent: true },
    });
    const again = await db.transaction((tx) => retryJob(tx, origin, 'reporting', job.id));
    expect(again?.retried).toBe(false); // only a FAILED job is retried
  });

  it('run a job once even when its message is delivered twice', async () => {
    let runs = 0;
    behaviour = async () => ({ run: ++runs });
    const job = await queue();
    await settled(job.id, 'COMPLETED');
    const [queued] = (await db.select().from(outbox)).filter(
      (r) => r.type === 'job.queued' && (r.envelope as Envelope<{ jobId: string }>).data.jobId === job.id,
    );
    await bus.publish([queued?.envelope as Envelope]); // the same event again
    const marker = await queue();
    await settled(marker.id, 'COMPLETED'); // the worker got past the duplicate
    expect(runs).toBe(2); // the job and the marker, nothing more
    expect((await findJob(db, tenantId, job.id))?.result).toEqual({ run: 1 });
  });

  it('run a short job while a long one is still working', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    behaviour = async ({ job }) => {
      if (job.payload.rows === 100_000) await held;
      return { rows: job.payload.rows };
    };
    const long = await queue(100_000);
    await settled(long.id, 'PROCESSING');
    const short = await queue(2);
    await settled(short.id, 'COMPLETED');
    expect(await statusOf(long.id)).toBe('PROCESSING');
    release();
    await settled(long.id, 'COMPLETED');
  });

  it('keep tenants apart: another tenant finds, lists and retries none of them', async () => {
    const other = { tenantId: uuidv7(), correlationId: 'other' };
    const job = await queue();
    expect(await findJob(db, other.tenantId, job.id)).toBeUndefined();
    expect((await listJobs(db, other.tenantId, {}, { limit: 10, offset: 0 })).total).toBe(0);
    expect(await db.transaction((tx) => retryJob(tx, other, 'reporting', job.id))).toBeNull();
    const mine = await listJobs(
      db,
      tenantId,
      { type: 'EXCEL_EXPORT', status: 'FAILED' },
      { limit: 10, offset: 0 },
    );
    expect(mine.rows.every((r) => r.tenantId === tenantId && r.status === 'FAILED')).toBe(true);
  });
});
