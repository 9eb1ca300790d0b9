import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth();
});
afterAll(() => auth?.stop());

it('a second tenant sees none of the first tenant’s agents', async () => {
  const first = await auth.signupTenant('First Tenant');
  const firstAgent = await auth.createMember(first.accessToken, 'agent', { fullName: 'Unique Firstling' });
  const second = await auth.signupTenant('Second Tenant');
  const as2 = (url: string) => auth.call('GET', url, { token: second.accessToken });

  expect((await as2(`/api/agents/${firstAgent.agent.id}`)).status).toBe(404);
  const list = await as2('/api/agents?limit=100');
  expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([second.user.id]);
  expect((await as2('/api/agents/search?q=Firstling')).body.meta.total).toBe(0);
  expect((await as2('/api/agents/stats')).body.total).toBe(1);

  const update = await auth.call('PUT', `/api/agents/${firstAgent.agent.id}`, {
    token: second.accessToken,
    body: { fullName: 'Taken Over' },
  });
  expect(update.status).toBe(404);
  const remove = await auth.call('DELETE', `/api/agents/${firstAgent.agent.id}`, {
    token: second.accessToken,
  });
  expect(remove.status).toBe(404);
  const bulk = await auth.call('PUT', '/api/agents/bulk', {
    token: second.accessToken,
    body: { agentIds: [firstAgent.agent.id], updates: { isActive: false } },
  });
  expect(bulk.body).toMatchObject({ updated: 0, errors: [expect.objectContaining({ code: 'NOT_FOUND' })] });

  const untouched = await auth.call('GET', `/api/agents/${firstAgent.agent.id}`, {
    token: first.accessToken,
  });
  expect(untouched.body).toMatchObject({ fullName: 'Unique Firstling', isActive: true });
});

it('the same email in two tenants logs in when the tenant is named', async () => {
  const one = await auth.signupTenant('Twin One');
  const two = await auth.signupTenant('Twin Two');
  const email = 'twin@example.com';
  await auth.createMember(one.accessToken, 'agent', { email, username: 'twin_one' });
  await auth.createMember(two.accessToken, 'agent', { email, username: 'twin_two' });
  const ambiguous = await auth.call('POST', '/api/auth/login', { body: { email, password: 'Passw0rdX' } });
  expect(ambiguous.status).toBe(400);
  const named = await auth.call('POST', '/api/auth/login', {
    body: { email, password: 'Passw0rdX', tenant: two.tenant.slug },
  });
  expect(named.status).toBe(200);
  expect(named.body.user.tenantId).toBe(two.tenant.id);
});
