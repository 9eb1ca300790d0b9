import { setTimeout as delay } from 'node:timers/promises';
import { rabbitmqctl, waitFor } from '@switchboard/testing';
import { count, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type Bus,
  connectBus,
  enqueueEvents,
  type OutboxRelay,
  outbox,
  startOutboxRelay,
} from '../src/index.js';
import { appliedBy, recordEffect } from './support/effects.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

/*
 * Stops the whole RabbitMQ application (every vhost), so this file runs only through
 * `npm run test:chaos`, never alongside other suites.
 */

const TOTAL = 1_000;
const PER_TRANSACTION = 10;
let infra: Infra;
let publisher: Bus;
let consumer: Bus;
let relay: OutboxRelay;
const logs = captureLogs();

beforeAll(async () => {
  infra = await startInfra('eb_chaos');
  publisher = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'chaos-publisher' });
  consumer = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'chaos-consumer' });
});

afterAll(async () => {
  // Whatever happened above, the broker must be running again for everyone else.
  await rabbitmqctl('start_app').catch((err) => console.error('rabbitmqctl start_app failed', err));
  await relay?.stop();
  await publisher?.close();
  await consumer?.close();
  await infra?.teardown();
});

const unpublished = async () => {
  const [row] = await infra.db.select({ n: count() }).from(outbox).where(isNull(outbox.publishedAt));
  return row?.n ?? 0;
};
const connections = (bus: string) => logs.find('connected to the broker').filter((l) => l.bus === bus).length;

it('a broker restart during a burst of 1,000 outbox events loses none and applies none twice', async () => {
  await consumer.consume({
    service: 'chaos',
    db: infra.db,
    handlers: { 'tenant.created': (event, tx) => recordEffect(tx, 'chaos', event.id) },
  });
  await waitFor('publisher connected', () => publisher.isConnected());
  relay = startOutboxRelay({ db: infra.db, pool: infra.pool, bus: publisher, logger: logs.logger });

  // The service keeps committing events at a steady pace, broker or not.
  const producing = (async () => {
    for (let sent = 0; sent < TOTAL; sent += PER_TRANSACTION) {
      const events = Array.from({ length: PER_TRANSACTION }, (_, i) => tenantCreated(`chaos ${sent + i}`));
      await infra.db.transaction((tx) => enqueueEvents(tx, events));
      await delay(40);
    }
  })();

  await waitFor('the burst under way', async () => (await appliedBy(infra.db, 'chaos')).total >= 100, 30_000);
  try {
    await rabbitmqctl('stop_app');
    await waitFor('both sides lost the broker', () => !publisher.isConnected() && !consumer.isConnected());
    // Meanwhile the service keeps committing: a backlog piles up in the outbox.
    await waitFor('a backlog in the outbox', async () => (await unpublished()) >= 100);
  } finally {
    await rabbitmqctl('start_app');
  }

  await producing;
  await waitFor(
    'both sides reconnected by themselves',
    () => publisher.isConnected() && consumer.isConnected(),
    60_000,
  );
  await waitFor(
    'every event applied',
    async () => (await appliedBy(infra.db, 'chaos')).distinct === TOTAL,
    60_000,
  );
  await waitFor('the outbox drained', async () => (await unpublished()) === 0);
  expect(await appliedBy(infra.db, 'chaos')).toEqual({ total: TOTAL, distinct: TOTAL });
  expect(connections('chaos-publisher')).toBeGreaterThanOrEqual(2);
  expect(connections('chaos-consumer')).toBeGreaterThanOrEqual(2);
});
