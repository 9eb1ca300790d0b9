import { uuidv7 } from '@switchboard/contracts';
import { embeddedMode, waitFor } from '@switchboard/testing';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Bus,
  connectBus,
  enqueueEvents,
  type OutboxRelay,
  outbox,
  processedEvents,
  startOutboxRelay,
} from '../src/index.js';
import { spyOnExchange } from './support/broker.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
let bus: Bus;
let spy: Awaited<ReturnType<typeof spyOnExchange>>;
const relays: OutboxRelay[] = [];
const logs = captureLogs();

const seen = (id: string) => spy.messages.filter((m) => m.properties.messageId === id).length;
const relay = (options: Partial<Parameters<typeof startOutboxRelay>[0]> = {}) => {
  const started = startOutboxRelay({ db: infra.db, pool: infra.pool, bus, logger: logs.logger, ...options });
  relays.push(started);
  return started;
};
const unpublished = () => infra.db.select().from(outbox).where(isNull(outbox.publishedAt));

beforeAll(async () => {
  infra = await startInfra('eb_relay');
  bus = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'relay-test' });
  await waitFor('bus connected', () => bus.isConnected());
  spy = await spyOnExchange(infra.vhost.url);
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.stop()));
});

afterAll(async () => {
  await spy?.close();
  await bus?.close();
  await infra?.teardown();
});

describe('outbox relay', () => {
  it('a rolled-back transaction publishes nothing', async () => {
    relay();
    const rolledBack = tenantCreated('rolled back');
    await expect(
      infra.db.transaction(async (tx) => {
        await enqueueEvents(tx, [rolledBack]);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    // A later committed event proves the relay ran past the point where the first would have gone.
    const committed = tenantCreated('committed');
    await infra.db.transaction((tx) => enqueueEvents(tx, [committed]));
    await waitFor('the committed event published', () => seen(committed.id) === 1);
    expect(seen(rolledBack.id)).toBe(0);
    expect(await infra.db.select().from(outbox).where(eq(outbox.id, rolledBack.id))).toEqual([]);
  });

  it('publishes committed events in commit order with their ids, type and correlation as AMQP metadata', async () => {
    relay({ batchSize: 7 });
    const batches = [0, 1, 2].map((b) =>
      Array.from({ length: 10 }, (_, i) => tenantCreated(`order ${b}-${i}`)),
    );
    for (const events of batches) await infra.db.transaction((tx) => enqueueEvents(tx, events));
    const ids = batches.flat().map((e) => e.id);
    await waitFor('all 30 published', () => ids.every((id) => seen(id) === 1));
    const order = spy.messages.map((m) => m.properties.messageId as string).filter((id) => ids.includes(id));
    expect(order).toEqual(ids);

    const first = batches[0]?.[0];
    const message = spy.messages.find((m) => m.properties.messageId === first?.id);
    expect(message?.fields.routingKey).toBe('tenant.created');
    expect(message?.properties).toMatchObject({
      type: 'tenant.created',
      contentType: 'application/json',
      deliveryMode: 2,
      headers: { 'x-correlation-id': first?.correlationId, 'x-causation-id': null },
    });
    expect(JSON.parse(message?.content.toString() ?? '')).toEqual(first);
    // A row is marked published after the broker confirms it, a moment after the consumer may see it.
    await expect.poll(() => unpublished()).toEqual([]);
  });

  it('wakes on NOTIFY at commit instead of waiting for its poll', async () => {
    relay({ pollIntervalMs: 60_000 });
    const first = tenantCreated('first');
    await enqueueEvents(infra.db, [first]);
    await waitFor('the first event published', () => seen(first.id) === 1);
    // The relay now sleeps for a minute unless the commit's NOTIFY wakes it.
    const second = tenantCreated('second');
    await infra.db.transaction((tx) => enqueueEvents(tx, [second]));
    await waitFor('the second event published well before the next poll', () => seen(second.id) === 1, 5_000);
  });

  // PGlite is one session: its advisory locks never refuse, and one embedded process runs one relay.
  it.skipIf(embeddedMode)(
    'lets only one relay per database publish; a standby takes over when it stops',
    async () => {
      const leaderLogs = captureLogs();
      const standbyLogs = captureLogs();
      const leader = relay({ logger: leaderLogs.logger, pollIntervalMs: 100 });
      await waitFor('a leader', () => leaderLogs.find('this relay now publishes the outbox').length === 1);
      relay({ logger: standbyLogs.logger, pollIntervalMs: 100 });
      const before = Array.from({ length: 20 }, (_, i) => tenantCreated(`leader ${i}`));
      for (const event of before) await enqueueEvents(infra.db, [event]);
      await waitFor('published once each', () => before.every((e) => seen(e.id) === 1));
      expect(standbyLogs.find('this relay now publishes the outbox')).toEqual([]);
      expect(standbyLogs.find('published outbox rows')).toEqual([]);

      await leader.stop();
      await waitFor(
        'the standby takes over',
        () => standbyLogs.find('this relay now publishes the outbox').length === 1,
      );
      const after = tenantCreated('after takeover');
      await enqueueEvents(infra.db, [after]);
      await waitFor('published by the new leader', () => seen(after.id) === 1);
    },
  );

  it('keeps rows whose publish failed, records why, and retries them in order without skipping', async () => {
    let failuresLeft = 3;
    const flaky: Pick<Bus, 'publish'> = {
      publish: (envelopes) =>
        failuresLeft-- > 0 ? Promise.reject(new Error('message nacked')) : bus.publish(envelopes),
    };
    const events = Array.from({ length: 5 }, (_, i) => tenantCreated(`flaky ${i}`));
    await enqueueEvents(infra.db, events);
    relay({ bus: flaky, backoff: { initialMs: 10, maxMs: 50 } });
    const ids = events.map((e) => e.id);
    await waitFor('all published after the failures', () => ids.every((id) => seen(id) === 1));
    const order = spy.messages.map((m) => m.properties.messageId as string).filter((id) => ids.includes(id));
    expect(order).toEqual(ids);
    // Marked published once the broker confirms, a moment after the consumer may see the message.
    const rows = () =>
      infra.db.select().from(outbox).where(sql`${outbox.id} in ${ids}`).orderBy(asc(outbox.seq));
    await expect
      .poll(async () => (await rows()).map((r) => [r.attempts, r.lastError, r.publishedAt !== null]))
      .toEqual(ids.map(() => [3, 'Error: message nacked', true]));
  });

  // PGlite has no backends to terminate: its one session lives as long as the process.
  it.skipIf(embeddedMode)(
    'survives losing its Postgres session: it takes the lock again and keeps publishing',
    async () => {
      const own = captureLogs();
      relay({ logger: own.logger, pollIntervalMs: 100 });
      const leads = () => own.find('this relay now publishes the outbox').length;
      await waitFor('leading', () => leads() === 1);
      const { rows } = await infra.db.execute<{ killed: boolean }>(
        sql`select pg_terminate_backend(pid) as killed from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query like '%advisory_lock%'`,
      );
      expect(rows.map((r) => r.killed)).toEqual([true]);
      await waitFor('the lost session noticed', () => own.find('relay lock connection failed').length > 0);
      await waitFor('leading again', () => leads() === 2);
      const event = tenantCreated('after losing the session');
      await enqueueEvents(infra.db, [event]);
      await waitFor('published', () => seen(event.id) === 1);
    },
  );

  it('deletes published rows past the retention, never unpublished ones', async () => {
    const [old, pending] = [tenantCreated('old'), tenantCreated('pending')];
    await enqueueEvents(infra.db, [old, pending]);
    await infra.db
      .update(outbox)
      .set({ publishedAt: sql`now() - interval '8 days'` })
      .where(eq(outbox.id, old.id));
    // A trigger-free way to keep `pending` unpublished: a relay whose bus always fails.
    relay({ bus: { publish: () => Promise.reject(new Error('broker down')) } });
    await waitFor('the old published row deleted', async () => {
      const rows = await infra.db.select().from(outbox).where(eq(outbox.id, old.id));
      return rows.length === 0;
    });
    const kept = await infra.db.select().from(outbox).where(eq(outbox.id, pending.id));
    expect(kept.map((r) => r.publishedAt)).toEqual([null]);
  });

  it('forgets applied event ids past the inbox retention, keeping recent ones', async () => {
    const [old, recent] = [uuidv7(), uuidv7()];
    await infra.db.insert(processedEvents).values([
      { consumer: 'retention-test', eventId: old, processedAt: sql`now() - interval '31 days'` },
      { consumer: 'retention-test', eventId: recent },
    ]);
    relay({ bus: { publish: async () => undefined } });
    const ids = async () =>
      (
        await infra.db
          .select({ eventId: processedEvents.eventId })
          .from(processedEvents)
          .where(eq(processedEvents.consumer, 'retention-test'))
      ).map((r) => r.eventId);
    await waitFor('the old inbox row deleted', async () => !(await ids()).includes(old));
    expect(await ids()).toEqual([recent]);
  });
});
