import { rabbitmqctlAt, type Stack, waitFor } from '@switchboard/testing';
import pg from 'pg';
import type { PrivateBroker } from './private-servers.js';

export type QueueDepth = { name: string; ready: number; unacked: number };

/** Each queue's ready and unacknowledged messages in the stack's vhost, read with rabbitmqctl. */
export async function queueDepths(rabbit: PrivateBroker, vhost: string): Promise<QueueDepth[]> {
  const out = await rabbitmqctlAt(
    rabbit.node,
    'list_queues',
    '-p',
    vhost,
    '--no-table-headers',
    'name',
    'messages_ready',
    'messages_unacknowledged',
  );
  return out
    .trim()
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [name = '', ready = '0', unacked = '0'] = line.trim().split(/\s+/);
      return { name, ready: Number(ready), unacked: Number(unacked) };
    });
}

/** Committed events not yet published, over every service's outbox. */
export async function outboxBacklog(stack: Stack): Promise<number> {
  let total = 0;
  for (const url of Object.values(stack.databaseUrls)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`select count(*)::int as n from outbox where published_at is null`);
      total += rows[0].n;
    } finally {
      await client.end();
    }
  }
  return total;
}

const isDlq = (name: string) => name.endsWith('.dlq');

/**
 * Waits until every outbox is published and every service queue is empty (ready and in flight),
 * twice in a row a second apart; then reports what is left in the queues (dead letters apart).
 */
export async function drain(stack: Stack, rabbit: PrivateBroker, timeoutMs: number) {
  let quietChecks = 0;
  const quiet = async () => {
    const backlog = await outboxBacklog(stack);
    const queues = (await queueDepths(rabbit, stack.vhost.name)).filter((q) => !isDlq(q.name));
    const busy = backlog + queues.reduce((n, q) => n + q.ready + q.unacked, 0);
    quietChecks = busy === 0 ? quietChecks + 1 : 0;
    if (quietChecks < 2) await new Promise((resolve) => setTimeout(resolve, 1_000));
    return quietChecks >= 2;
  };
  const drained = await waitFor('outboxes and queues drained', quiet, timeoutMs).catch(() => false);
  const depths = await queueDepths(rabbit, stack.vhost.name);
  const leftover = depths.filter((q) => !isDlq(q.name)).reduce((n, q) => n + q.ready, 0);
  const deadLetters = depths.filter((q) => isDlq(q.name)).reduce((n, q) => n + q.ready, 0);
  return { drained: Boolean(drained), leftover, deadLetters, backlog: await outboxBacklog(stack) };
}
