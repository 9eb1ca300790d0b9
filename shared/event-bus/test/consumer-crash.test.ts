import { embeddedMode, waitFor } from '@switchboard/testing';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliveryStats } from '../src/delivery-stats.js';
import { type Bus, connectBus } from '../src/index.js';
import { killConnection } from './support/broker.js';
import { recordEffect, timesApplied } from './support/effects.js';
import { gate, tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
let publisher: Bus;
const buses: Bus[] = [];
const logs = captureLogs();
const service = 'crashy';

const bus = (name: string) => {
  const created = connectBus({ url: infra.vhost.url, logger: logs.logger, name });
  buses.push(created);
  return created;
};
/** Backends of this database waiting on a row lock: the new consumer queued behind the old claim. */
const lockWaiters = async () => {
  const { rows } = await infra.db.execute<{ n: number }>(
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]?.n ?? 0;
};

beforeAll(async () => {
  infra = await startInfra('eb_crash');
  publisher = bus('crash-publisher');
});

afterEach(async () => {
  await Promise.all(buses.splice(1).map((b) => b.close()));
});

afterAll(async () => {
  await publisher?.close();
  await infra?.teardown();
});

/**
 * Starts an instance whose handler stops inside its transaction (after claiming the event and
 * writing its effect), then cuts its broker connection there, as a crash or network split would.
 * The instance is shutting down, so it does not reconnect and grab the redelivery itself.
 */
async function crashMidHandler(name: string) {
  const entered = gate();
  const release = gate();
  const crashing = bus(name);
  await crashing.consume({
    service,
    db: infra.db,
    handlers: {
      'tenant.created': async (event, tx) => {
        await recordEffect(tx, service, event.id, name);
        entered.open();
        await release.promise;
      },
    },
  });
  const event = tenantCreated(`in flight in ${name}`);
  await publisher.publish([event]);
  await entered.promise;
  const shutdown = crashing.close();
  expect(await killConnection(infra.vhost.name, name)).toBe(1);

  const redeliveries: number[] = [];
  const replacement = bus(`${name}-replacement`);
  await replacement.consume({
    service,
    db: infra.db,
    handlers: {
      'tenant.created': async (e, tx, { deliveryCount }) => {
        redeliveries.push(deliveryCount);
        await recordEffect(tx, service, e.id, 'replacement');
      },
    },
  });
  await waitFor('the redelivery waiting on the first claim', async () => (await lockWaiters()) === 1);
  return { event, release, shutdown, redeliveries };
}

// A consumer losing its broker connection mid-handler needs RabbitMQ: in process there is none to lose.
describe.skipIf(embeddedMode)('a consumer crashing mid-handler', () => {
  it('gets the event again on a new consumer, which applies it once after the first transaction rolls back', async () => {
    const { event, release, shutdown, redeliveries } = await crashMidHandler('crash-rollback');
    release.fail(new Error('process died'));
    await waitFor('applied by the new consumer', async () => redeliveries.length === 1);
    await shutdown;
    await waitFor('committed', async () => (await timesApplied(infra.db, service, event.id)) === 1);
    const appliedBy = await infra.db.execute(
      sql`select applied_by from applied where event_id = ${event.id}`,
    );
    expect(appliedBy.rows).toEqual([{ applied_by: 'replacement' }]);
    expect(redeliveries).toEqual([1]);
  });

  it('is not applied twice when the first transaction still commits after the connection was lost', async () => {
    const before = { ...deliveryStats };
    const { event, release, shutdown, redeliveries } = await crashMidHandler('crash-commit');
    release.open();
    await shutdown;
    const duplicates = () => logs.find('duplicate event skipped').filter((l) => l.eventId === event.id);
    await waitFor('the redelivery recognised as a duplicate', () => duplicates().length === 1);
    expect(duplicates()[0]).toMatchObject({ bus: 'crash-commit-replacement', deliveryCount: 1 });
    expect(redeliveries).toEqual([]);
    expect(await timesApplied(infra.db, service, event.id)).toBe(1);
    // What the fault matrix reports as redeliveries, read from /metrics.
    expect(deliveryStats.redelivered - before.redelivered).toBe(1);
    expect(deliveryStats.duplicates - before.duplicates).toBe(1);
  });
});
