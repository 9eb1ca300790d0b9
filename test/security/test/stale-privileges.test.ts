import { connect, createAgent, type Stack, signupTenant, type TenantAdmin } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, suiteStack } from './support/world.js';

/*
 * Access tokens that were true when issued and are not any more: a demoted admin, a promoted
 * agent, a signed-out session, a session whose refresh token was stolen. What the token claims
 * must give way to what is true now, on the next request and on open sockets.
 */

let stack: Awaited<ReturnType<typeof suiteStack>>;
let call: Stack['call'];
let owner: TenantAdmin;
beforeAll(async () => {
  stack = await suiteStack({ authEnv: { REFRESH_REUSE_GRACE_SECONDS: '1' } });
  call = stack.call;
  owner = await signupTenant(call, 'Stale');
});
afterAll(() => stack?.stop());

const login = async (email: string) => {
  const res = await call('POST', '/api/auth/login', { body: { email, password: 'Passw0rdX' } });
  expect(res.status).toBe(200);
  return res.body as { accessToken: string; refreshToken: string };
};
const newMember = async (role: string, admin = owner) => {
  const email = `${role}-${crypto.randomUUID()}@stale.example.com`;
  const { id } = await createAgent(call, admin, { role, email });
  return { id, email, ...(await login(email)) };
};
const setRole = async (id: string, role: string, admin = owner) =>
  expect((await call('PUT', `/api/agents/${id}`, { token: admin.token, body: { role } })).status).toBe(200);

describe('a role change holds on the next request, whatever the token claims', () => {
  it('a demoted admin’s old token cannot re-promote itself, deactivate an admin, create admins or touch the channel secret', async () => {
    // A tenant of its own: where the attack works, it deactivates that tenant's first admin.
    const victim = await signupTenant(call, 'Takeover');
    const demoted = await newMember('admin', victim);
    await setRole(demoted.id, 'agent', victim);
    const token = demoted.accessToken;
    const attempts = [
      await call('PUT', `/api/agents/${demoted.id}`, { token, body: { role: 'admin' } }),
      await call('PUT', `/api/agents/${victim.userId}`, { token, body: { isActive: false } }),
      await call('DELETE', `/api/agents/${victim.userId}`, { token }),
      await call('POST', '/api/agents', {
        token,
        body: {
          username: `evil_${Date.now()}`,
          email: `evil-${Date.now()}@stale.example.com`,
          fullName: 'Evil Admin',
          role: 'admin',
          department: 'Support',
          password: 'Passw0rdX',
        },
      }),
      await call('GET', '/api/channels', { token }),
      await call('POST', '/api/channels/rotate-secret', { token }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403]);
    const victimNow = await call('GET', `/api/agents/${victim.userId}`, { token: victim.token });
    expect(victimNow.body).toMatchObject({ role: 'admin', isActive: true });
    expect((await call('GET', `/api/agents/${demoted.id}`, { token: victim.token })).body.role).toBe('agent');
  });

  it('a promoted agent’s old token gets the new powers at once', async () => {
    const promoted = await newMember('agent');
    const today = new Date().toISOString().slice(0, 10);
    const report = `/api/reports/team?from=${today}&to=${today}`;
    expect((await call('GET', report, { token: promoted.accessToken })).status).toBe(403);
    await setRole(promoted.id, 'supervisor');
    expect((await call('GET', report, { token: promoted.accessToken })).status).toBe(200);
  });

  it('the user’s open socket is dropped, and reconnecting with the old token admits the current role', async () => {
    const demoted = await newMember('supervisor');
    const open = connect(stack.baseUrl, { token: demoted.accessToken });
    expect((await open.next('authenticated')).role).toBe('supervisor');
    await setRole(demoted.id, 'agent');
    expect(await open.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await open.next('disconnect')).toBe('io server disconnect');
    open.close();
    const again = connect(stack.baseUrl, { token: demoted.accessToken });
    expect((await again.next('authenticated')).role).toBe('agent');
    again.close();
  });
});

describe('an ended session ends its access tokens', () => {
  it('after logout the session’s access token answers 401 from every service, and another session still works', async () => {
    const member = await newMember('agent');
    const other = await login(member.email);
    expect(
      (await call('POST', '/api/auth/logout', { body: { refreshToken: member.refreshToken } })).status,
    ).toBe(204);
    for (const path of ['/api/auth/me', '/api/tickets', '/api/presence', '/api/broadcasts', '/api/jobs']) {
      const res = await raw(stack.baseUrl, 'GET', path, { token: member.accessToken });
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    const socket = connect(stack.baseUrl, { token: member.accessToken });
    expect(await socket.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
    socket.close();
    expect((await call('GET', '/api/tickets', { token: other.accessToken })).status).toBe(200);
  });

  it('when a reused refresh token revokes the family, every access token of the family answers 401', async () => {
    const member = await newMember('agent');
    const rotated = await call('POST', '/api/auth/refresh', { body: { refreshToken: member.refreshToken } });
    expect(rotated.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_200)); // past the grace for racing tabs
    const theft = await call('POST', '/api/auth/refresh', { body: { refreshToken: member.refreshToken } });
    expect(theft.status).toBe(401);
    for (const token of [member.accessToken, rotated.body.accessToken])
      expect((await call('GET', '/api/tickets', { token })).status).toBe(401);
  });

  it('two tabs refreshing one token at the same moment both get a working pair, and the session survives', async () => {
    const member = await newMember('agent');
    const [one, two] = await Promise.all([
      call('POST', '/api/auth/refresh', { body: { refreshToken: member.refreshToken } }),
      call('POST', '/api/auth/refresh', { body: { refreshToken: member.refreshToken } }),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    for (const pair of [one.body, two.body]) {
      expect((await call('GET', '/api/tickets', { token: pair.accessToken })).status).toBe(200);
      const next = await call('POST', '/api/auth/refresh', { body: { refreshToken: pair.refreshToken } });
      expect(next.status).toBe(200);
    }
    expect((await call('GET', '/api/tickets', { token: member.accessToken })).status).toBe(200);
  });
});
