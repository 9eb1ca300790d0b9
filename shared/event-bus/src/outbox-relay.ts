import type { DbPool } from '@switchboard/db';
import type { Logger } from 'pino';
import { type BackoffOptions, backoffDelay, defaultBackoff } from './backoff.js';
import {
  fetchUnpublished,
  markPublished,
  type PendingRow,
  pruneProcessed,
  prunePublished,
  recordFailure,
} from './outbox-store.js';
import { closeLease, openLease, type RelayLease, tryLead } from './relay-lease.js';
import { createAlarm } from './sleep.js';
import type { AnyPgDatabase, Bus } from './types.js';

export type OutboxRelayOptions = {
  db: AnyPgDatabase;
  /** Lends the relay one dedicated connection for its lock and LISTEN, held until stop(). */
  pool: DbPool;
  bus: Pick<Bus, 'publish'>;
  logger: Logger;
  batchSize?: number;
  /** Fallback poll when no NOTIFY arrives; also how often a standby tries to take over (default 1 s). */
  pollIntervalMs?: number;
  /** Published rows older than this are deleted, checked hourly (default 7 days). */
  retentionMs?: number;
  /** processed_events rows (the inbox) older than this are deleted with them (default 30 days). */
  inboxRetentionMs?: number;
  backoff?: BackoffOptions;
};

export type OutboxRelay = { stop(): Promise<void> };

const HOUR_MS = 3_600_000;

/**
 * Publishes committed outbox rows in seq order, then marks them. Rows are marked only after the
 * broker confirmed them, so a crash in between republishes (consumers deduplicate) and nothing is
 * ever skipped: a failed batch is retried from its first row, with backoff.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, pool, bus, batchSize = 100, pollIntervalMs = 1_000, backoff = defaultBackoff } = options;
  const retentionMs = options.retentionMs ?? 7 * 24 * HOUR_MS;
  const inboxRetentionMs = options.inboxRetentionMs ?? 30 * 24 * HOUR_MS;
  const logger = options.logger.child({ component: 'outbox-relay' });
  const wakeup = createAlarm(); // rung by NOTIFY and stop()
  const stopSignal = createAlarm(); // rung by stop() only: a NOTIFY must not cut a backoff short
  let stopped = false;
  let lease: RelayLease | null = null;
  let prunedAt = 0;

  async function publish(rows: PendingRow[]): Promise<void> {
    const seqs = rows.map((r) => r.seq);
    try {
      await bus.publish(rows.map((r) => r.envelope));
    } catch (err) {
      await recordFailure(db, seqs, String(err)).catch((e) =>
        logger.warn({ err: e }, 'could not record failure'),
      );
      throw err;
    }
    await markPublished(db, seqs);
    logger.debug({ count: rows.length, lastSeq: seqs.at(-1) }, 'published outbox rows');
  }

  /** One pass; says whether to go on at once, wait for a NOTIFY/poll, or wait as a standby. */
  async function step(): Promise<'more' | 'idle' | 'standby'> {
    if (lease?.broken) {
      await closeLease(lease);
      lease = null;
    }
    lease ??= await openLease(pool, () => wakeup.ring(), logger);
    if (!lease.leader) {
      if (!(await tryLead(lease))) return 'standby';
      logger.info('this relay now publishes the outbox');
    }
    // Pruning first, so a broker outage (failing every publish) does not stop it.
    if (Date.now() - prunedAt > HOUR_MS) {
      prunedAt = Date.now();
      const deleted = await prunePublished(db, retentionMs);
      const forgotten = await pruneProcessed(db, inboxRetentionMs);
      if (deleted + forgotten > 0)
        logger.info({ deleted, forgotten }, 'pruned published outbox and old inbox rows');
    }
    const rows = await fetchUnpublished(db, batchSize);
    if (rows.length > 0) await publish(rows);
    return rows.length === batchSize ? 'more' : 'idle';
  }

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        const next = await step();
        failures = 0;
        if (next === 'idle') await wakeup.sleep(pollIntervalMs);
        if (next === 'standby') await stopSignal.sleep(pollIntervalMs);
      } catch (err) {
        logger.warn({ err, failures }, 'outbox relay pass failed; retrying');
        await stopSignal.sleep(backoffDelay(failures++, backoff));
      }
    }
    if (lease) await closeLease(lease);
  })();

  return {
    async stop() {
      stopped = true;
      wakeup.ring();
      stopSignal.ring();
      await loop;
    },
  };
}
