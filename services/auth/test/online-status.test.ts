import { newEvent } from '@switchboard/contracts';
import { type Bus, connectBus } from '@switchboard/event-bus';
import { createTestVhost, type TestVhost, waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { subscribe } from '../src/messaging/subscriptions.js';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
let vhost: TestVhost;
let bus: Bus;
let consumer: Awaited<ReturnType<typeof subscribe>>;
beforeAll(async () => {
  auth = await startAuth();
  vhost = await createTestVhost('auth');
  bus = connectBus({ url: vhost.url, logger: auth.deps.logger, name: 'auth-test' });
  consumer = await subscribe(bus, auth.deps.db);
});
afterAll(async () => {
  await consumer?.stop();
  await bus?.close();
  await vhost?.remove();
  await auth?.stop();
});

it('keeps the agent’s online status and last-seen time from presence, ignoring a late older change', async () => {
  const { accessToken, tenant } = await auth.signupTenant();
  const member = await auth.createMember(accessToken, 'agent');
  const statusAt = (status: 'online' | 'away' | 'offline', at: string) =>
    newEvent(
      'agent.status_changed',
      { agentId: member.agent.id, status, at },
      { tenantId: tenant.id, correlationId: 'presence' },
      'presence',
    );
  const agent = async () =>
    (await auth.call('GET', `/api/agents/${member.agent.id}`, { token: accessToken })).body;

  await bus.publish([
    statusAt('online', '2026-11-22T09:00:00.000Z'),
    statusAt('away', '2026-11-22T10:00:00.000Z'),
  ]);
  await waitFor('away applied', async () => (await agent()).onlineStatus === 'away');
  await bus.publish([
    statusAt('offline', '2026-11-22T08:00:00.000Z'),
    statusAt('online', '2026-11-22T11:00:00.000Z'),
  ]);
  await waitFor('online applied', async () => (await agent()).onlineStatus === 'online');
  expect(await agent()).toMatchObject({ onlineStatus: 'online', lastSeen: '2026-11-22T11:00:00.000Z' });
  const stats = (await auth.call('GET', '/api/agents/stats', { token: accessToken })).body;
  expect(stats).toMatchObject({ online: 1 });
});
