import { createAgent, type Stack, signupTenant } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteStack, tag } from './support/world.js';

/*
 * Login as a password oracle: an attacker who controls one tenant must learn nothing about a
 * password of another tenant's account, and the lockout must count one account once, however
 * it is named.
 */

const MAX_PER_ACCOUNT = 6;
let stack: Awaited<ReturnType<typeof suiteStack>>;
let call: Stack['call'];
beforeAll(async () => {
  stack = await suiteStack({ authEnv: { LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_PER_ACCOUNT) } });
  call = stack.call;
});
afterAll(() => stack?.stop());

const loginWith = (body: Record<string, string>) => call('POST', '/api/auth/login', { body });

/** A tenant through signup, with its slug (a login may name the tenant by slug or id). */
async function tenantWithSlug(name: string) {
  const t = tag();
  const res = await call('POST', '/api/auth/signup', {
    body: {
      tenantName: `${name} ${t}`,
      fullName: 'Admin Person',
      email: `admin-${t}@oracle.example.com`,
      username: `admin_${t}`,
      password: 'Passw0rdX',
    },
  });
  expect(res.status).toBe(201);
  return {
    admin: { tenantId: res.body.tenant.id, userId: res.body.user.id, token: res.body.accessToken },
    slug: res.body.tenant.slug as string,
  };
}

describe('no password oracle across tenants', () => {
  it('with an email in two tenants and no tenant named, the answer is the same for a wrong guess, the right guess and the attacker’s own password', async () => {
    const email = `victim-${tag()}@oracle.example.com`;
    const victimTenant = await signupTenant(call, 'Victim');
    await createAgent(call, victimTenant, { email, password: 'VictimPass1' });
    const attackerTenant = await tenantWithSlug('Attacker');
    await createAgent(call, attackerTenant.admin, { email, password: 'AttackerPass1' });

    const answers = [];
    for (const password of ['WrongGuess1', 'VictimPass1', 'AttackerPass1'])
      answers.push(await loginWith({ email, password }));
    const seen = answers.map((a) => ({ status: a.status, body: a.body }));
    expect(seen[0]?.status).toBe(400);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);

    // Naming the tenant signs in as before.
    const own = await loginWith({ email, password: 'AttackerPass1', tenant: attackerTenant.slug });
    expect(own.status).toBe(200);
    expect(own.body.user.tenantId).toBe(attackerTenant.admin.tenantId);
  });
});

describe('the lockout counts per account, whatever identifier was typed', () => {
  it('failures spread over email, username, case and tenant as slug or id lock the one account, even for the right password', async () => {
    const { admin, slug } = await tenantWithSlug('Lockout');
    const t = tag();
    const email = `locked-${t}@oracle.example.com`;
    const username = `locked_${t}`;
    await createAgent(call, admin, { email, username });
    const typed: Record<string, string>[] = [
      { email },
      { email: email.toUpperCase() },
      { username },
      { email, tenant: slug },
      { username, tenant: admin.tenantId },
      { email, tenant: admin.tenantId },
    ];
    const statuses = [];
    for (const who of typed) statuses.push((await loginWith({ ...who, password: 'WrongGuess1' })).status);
    expect(statuses).toEqual(typed.map(() => 401));
    expect(statuses).toHaveLength(MAX_PER_ACCOUNT);

    const right = await loginWith({ username, tenant: slug, password: 'Passw0rdX' });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('RATE_LIMITED');
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
