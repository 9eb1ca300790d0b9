import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox } from '../src/data/schema.js';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth();
});
afterAll(() => auth?.stop());

const eventsOf = async (tenantId: string) =>
  (
    await auth.deps.db.select().from(outbox).where(eq(outbox.tenantId, tenantId)).orderBy(asc(outbox.seq))
  ).map(
    (r) =>
      r.envelope as { type: string; producer: string; correlationId: string; data: Record<string, unknown> },
  );

it('signup records tenant.created and user.created in the outbox, with the request’s correlation id', async () => {
  const res = await auth.app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    headers: { 'x-correlation-id': 'corr-signup-1' },
    payload: {
      tenantName: 'Outbox Co',
      fullName: 'Olive Outbox',
      email: 'olive@outbox.example',
      username: 'olive',
      password: 'Passw0rdX',
    },
  });
  expect(res.headers['x-correlation-id']).toBe('corr-signup-1');
  const events = await eventsOf(res.json().tenant.id);
  expect(events.map((e) => e.type)).toEqual(['tenant.created', 'user.created']);
  expect(events.every((e) => e.producer === 'auth' && e.correlationId === 'corr-signup-1')).toBe(true);
  expect(events[1]?.data).not.toHaveProperty('passwordHash');
});

it('updates and deactivation record user.updated and user.deactivated', async () => {
  const { accessToken, tenant } = await auth.signupTenant();
  const member = await auth.createMember(accessToken, 'agent');
  await auth.call('PUT', `/api/agents/${member.agent.id}`, {
    token: accessToken,
    body: { department: 'Billing' },
  });
  await auth.call('DELETE', `/api/agents/${member.agent.id}`, { token: accessToken });
  const events = await eventsOf(tenant.id);
  expect(events.map((e) => e.type)).toEqual([
    'tenant.created',
    'user.created',
    'user.created',
    'user.updated',
    'user.deactivated',
  ]);
  // The admin who made each change, for the audit log (issue 20).
  const actorId = events[1]?.data.id;
  expect(events[2]?.data).toMatchObject({ id: member.agent.id, actorId });
  expect(events[3]?.data).toMatchObject({ department: 'Billing', changed: ['department'], actorId });
  expect(events[4]?.data).toMatchObject({ userId: member.agent.id, actorId });
});

it('a refused change records no event', async () => {
  const { accessToken, tenant } = await auth.signupTenant();
  await auth.createMember(accessToken, 'agent', { username: 'taken_name' });
  const before = (await eventsOf(tenant.id)).length;
  const dup = await auth.call('POST', '/api/agents', {
    token: accessToken,
    body: {
      username: 'taken_name',
      email: 'fresh@example.com',
      fullName: 'Dup Licate',
      role: 'agent',
      department: 'Support',
      password: 'Passw0rdX',
    },
  });
  expect(dup.status).toBe(409);
  expect((await eventsOf(tenant.id)).length).toBe(before);
});
