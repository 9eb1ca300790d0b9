import { newEvent } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth();
});
afterAll(() => auth?.stop());

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

  await auth.bus.publish([
    statusAt('online', '2026-11-22T09:00:00.000Z'),
    statusAt('away', '2026-11-22T10:00:00.000Z'),
  ]);
  await waitFor('away applied', async () => (await agent()).onlineStatus === 'away');
  await auth.bus.publish([
    statusAt('offline', '2026-11-22T08:00:00.000Z'),
    statusAt('online', '2026-11-22T11:00:00.000Z'),
  ]);
  await waitFor('online applied', async () => (await agent()).onlineStatus === 'online');
  expect(await agent()).toMatchObject({ onlineStatus: 'online', lastSeen: '2026-11-22T11:00:00.000Z' });
  const stats = (await auth.call('GET', '/api/agents/stats', { token: accessToken })).body;
  expect(stats).toMatchObject({ online: 1 });
});
