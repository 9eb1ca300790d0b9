import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Bus, connectBus, provisionQueue } from '../src/index.js';
import { recordEffect, timesApplied } from './support/effects.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
let bus: Bus;
const logs = captureLogs();

beforeAll(async () => {
  infra = await startInfra('eb_provision');
  bus = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'provision-test' });
});
afterAll(async () => {
  await bus?.close();
  await infra?.teardown();
});

it('an event published before its consumer ever ran waits in the provisioned queue', async () => {
  await provisionQueue(infra.vhost.url, { service: 'late', eventTypes: ['tenant.created'] });
  const early = tenantCreated();
  await waitFor('bus connected', () => bus.isConnected());
  await bus.publish([early]);

  await bus.consume({
    service: 'late',
    db: infra.db,
    handlers: { 'tenant.created': (event, tx) => recordEffect(tx, 'late', event.id) },
  });
  await waitFor(
    'the early event applied',
    async () => (await timesApplied(infra.db, 'late', early.id)) === 1,
  );
  expect(await timesApplied(infra.db, 'late', early.id)).toBe(1);
});
