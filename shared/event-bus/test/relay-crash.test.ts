import { waitFor } from '@switchboard/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Bus, connectBus, enqueueEvents, outbox, startOutboxRelay } from '../src/index.js';
import { recordEffect, timesApplied } from './support/effects.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
let publisher: Bus;
let consumer: Bus;
const logs = captureLogs();

beforeAll(async () => {
  infra = await startInfra('eb_relay_crash');
  publisher = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'crash-publisher' });
  consumer = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'crash-consumer' });
  await consumer.consume({
    service: 'relay-crash',
    db: infra.db,
    handlers: { 'tenant.created': (event, tx) => recordEffect(tx, 'relay-crash', event.id) },
  });
  await waitFor('publisher connected', () => publisher.isConnected());
});

afterAll(async () => {
  await publisher?.close();
  await consumer?.close();
  await infra?.teardown();
});

it('a relay killed after publishing but before marking republishes on restart; the consumer applies once', async () => {
  // The broker confirms, then marking the row fails: what a crash between the two steps leaves behind.
  await infra.db.execute(sql`
    create function refuse_mark() returns trigger language plpgsql as
      $$ begin raise exception 'relay killed before marking'; end $$`);
  await infra.db.execute(
    sql`create trigger refuse_mark before update on outbox for each row execute function refuse_mark()`,
  );
  const event = tenantCreated('published but not marked');
  await enqueueEvents(infra.db, [event]);
  const failures = () =>
    logs
      .find('outbox relay pass failed; retrying')
      .filter((l) => JSON.stringify(l.err).includes('relay killed'));

  const killed = startOutboxRelay({ db: infra.db, pool: infra.pool, bus: publisher, logger: logs.logger });
  await waitFor(
    'the consumer applied the event',
    async () => (await timesApplied(infra.db, 'relay-crash', event.id)) === 1,
  );
  await waitFor('the relay failed to mark it', () => failures().length > 0);
  await killed.stop();
  const [stuck] = await infra.db.select().from(outbox).where(eq(outbox.id, event.id));
  expect(stuck?.publishedAt).toBeNull();

  await infra.db.execute(sql`drop trigger refuse_mark on outbox`);
  const restarted = startOutboxRelay({ db: infra.db, pool: infra.pool, bus: publisher, logger: logs.logger });
  try {
    await waitFor('the row marked published', async () => {
      const [row] = await infra.db.select().from(outbox).where(eq(outbox.id, event.id));
      return row?.publishedAt != null;
    });
    const duplicates = () => logs.find('duplicate event skipped').filter((l) => l.eventId === event.id);
    await waitFor('the consumer received the republished copy', () => duplicates().length >= 1);
    expect(await timesApplied(infra.db, 'relay-crash', event.id)).toBe(1);
  } finally {
    await restarted.stop();
  }
});
