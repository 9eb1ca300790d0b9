import { EXCHANGE, newEvent, queueOf, uuidv7 } from '@switchboard/contracts';
import { embeddedMode, rabbitmqctl, waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bus, connectBus } from '../src/index.js';
import { killConnection, queueDepth, withChannel } from './support/broker.js';
import { recordEffect, timesApplied } from './support/effects.js';
import { gate, tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
const logs = captureLogs();
const lateVhost = `sbt-eb-late-${uuidv7()}`;
const fastBackoff = { initialMs: 20, maxMs: 200 };

beforeAll(async () => {
  infra = await startInfra('eb_connection');
});

afterAll(async () => {
  await rabbitmqctl('delete_vhost', lateVhost).catch(() => undefined);
  await infra?.teardown();
});

async function withBus(name: string, fn: (bus: Bus) => Promise<void>, url = infra.vhost.url) {
  const bus = connectBus({ url, logger: logs.logger, name, backoff: fastBackoff });
  try {
    await fn(bus);
  } finally {
    await bus.close();
  }
}

const consumeInto = (bus: Bus, service: string) =>
  bus.consume({
    service,
    db: infra.db,
    handlers: { 'tenant.created': (event, tx) => recordEffect(tx, service, event.id) },
  });

// Connecting, reconnecting and nacks are RabbitMQ's: the in-process bus has no connection to lose.
describe.skipIf(embeddedMode)('the bus connection', () => {
  it('keeps retrying while the broker refuses it, then connects and starts waiting consumers', async () => {
    const url = new URL(infra.vhost.url);
    url.pathname = `/${encodeURIComponent(lateVhost)}`;
    await withBus(
      'late',
      async (bus) => {
        const consuming = consumeInto(bus, 'late');
        await expect(bus.publish([tenantCreated()])).rejects.toThrow(/not connected/);
        await waitFor('failed attempts', () => logs.find('could not connect to the broker').length >= 2);
        expect(bus.isConnected()).toBe(false);

        await rabbitmqctl('add_vhost', lateVhost);
        await rabbitmqctl('set_permissions', '-p', lateVhost, 'guest', '.*', '.*', '.*');
        await consuming;
        expect(bus.isConnected()).toBe(true);
        const event = tenantCreated('late');
        await bus.publish([event]);
        await waitFor('consumed', async () => (await timesApplied(infra.db, 'late', event.id)) === 1);
      },
      url.toString(),
    );
  });

  it('reconnects by itself after the broker drops the connection, and consumes again', async () => {
    await withBus('dropped', async (bus) => {
      await consumeInto(bus, 'dropped');
      expect(await killConnection(infra.vhost.name, 'dropped')).toBe(1);
      await waitFor('the loss noticed', () =>
        logs.find('lost the broker connection; reconnecting').some((l) => l.bus === 'dropped'),
      );
      await waitFor(
        'reconnected',
        () =>
          bus.isConnected() &&
          logs.find('connected to the broker').filter((l) => l.bus === 'dropped').length === 2,
      );
      const event = tenantCreated('after reconnect');
      await bus.publish([event]);
      await waitFor(
        'consumed after the reconnect',
        async () => (await timesApplied(infra.db, 'dropped', event.id)) === 1,
      );
    });
  });

  it('rejects a publish the broker nacks', async () => {
    // A full queue with reject-publish makes the broker nack whatever is routed to it.
    await withChannel(infra.vhost.url, async (c) => {
      await c.assertExchange(EXCHANGE, 'topic', { durable: true });
      await c.assertQueue('full', { arguments: { 'x-max-length': 0, 'x-overflow': 'reject-publish' } });
      await c.bindQueue('full', EXCHANGE, 'broadcast.sent');
    });
    const tenantId = uuidv7();
    const event = newEvent(
      'broadcast.sent',
      {
        broadcastId: uuidv7(),
        senderId: uuidv7(),
        message: 'hello',
        audience: { type: 'all', value: null },
        sentAt: new Date().toISOString(),
      },
      { tenantId, correlationId: 'c' },
      'test',
    );
    await withBus('nacked', async (bus) => {
      await waitFor('connected', () => bus.isConnected());
      await expect(bus.publish([event])).rejects.toThrow('message nacked');
      await expect(bus.publish([tenantCreated()])).resolves.toBeUndefined();
    });
  });

  it('close() stops consuming and waits for the handler in flight to finish and ack', async () => {
    const entered = gate();
    const release = gate();
    const bus = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'closing' });
    await bus.consume({
      service: 'closing',
      db: infra.db,
      handlers: {
        'tenant.created': async (event, tx) => {
          await recordEffect(tx, 'closing', event.id);
          entered.open();
          await release.promise;
        },
      },
    });
    const event = tenantCreated('in flight at shutdown');
    await bus.publish([event]);
    await entered.promise;
    let closed = false;
    const closing = bus.close().then(() => {
      closed = true;
    });
    try {
      const stopped = () =>
        logs.find('stopped consuming; finishing the message in flight').filter((l) => l.bus === 'closing');
      await waitFor('consuming stopped', () => stopped().length === 1);
      expect(closed).toBe(false);
    } finally {
      release.open();
    }
    await closing;
    expect(bus.isConnected()).toBe(false);
    expect(await timesApplied(infra.db, 'closing', event.id)).toBe(1);
    expect(await queueDepth(infra.vhost.url, queueOf('closing'))).toBe(0);
  });
});
