import type { DbPool, DbSession } from '@switchboard/db';
import type { Logger } from 'pino';
import { OUTBOX_CHANNEL } from './outbox.js';

/**
 * The relay's dedicated Postgres session. It holds a session-level advisory lock, so exactly one
 * relay per database publishes (keeping seq order), and it LISTENs for commits of new outbox rows.
 * If the session dies, Postgres releases the lock and a standby relay takes over.
 */
export type RelayLease = { client: DbSession; leader: boolean; broken: boolean };

const LOCK = `hashtext('switchboard.outbox-relay')`;

export async function openLease(pool: DbPool, onNotify: () => void, logger: Logger): Promise<RelayLease> {
  const client = await pool.session();
  const lease: RelayLease = { client, leader: false, broken: false };
  // Without this listener a dropped idle connection would crash the process with an 'error' event.
  client.onError((err) => {
    lease.broken = true;
    logger.warn({ err }, 'relay lock connection failed');
  });
  client.onNotification(onNotify);
  try {
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
  } catch (err) {
    client.release(true);
    throw err;
  }
  return lease;
}

/** Tries to become the publisher; never waits, so standbys keep polling instead of blocking. */
export async function tryLead(lease: RelayLease): Promise<boolean> {
  try {
    const { rows } = await lease.client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(${LOCK}) as locked`,
    );
    lease.leader = rows[0]?.locked === true;
    return lease.leader;
  } catch (err) {
    lease.broken = true; // the session's state is unknown: start a fresh one
    throw err;
  }
}

/** Gives the lock up at once (a successor need not wait for the backend to exit). */
export async function closeLease(lease: RelayLease): Promise<void> {
  if (lease.broken) return lease.client.release(true);
  try {
    await lease.client.query('select pg_advisory_unlock_all()');
    await lease.client.query('UNLISTEN *');
    lease.client.release();
  } catch {
    lease.client.release(true);
  }
}
