import { httpCaller, type Stack, signupTenant, startStack, type TenantAdmin } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The gateway's own edge rules (docs/api.md §2): header versioning and the per-route limits of
 * the agent management plan (docs/api.md §2), lowered here so a test reaches them, over two gateways sharing one count.
 */
let stack: Stack;
let admin: TenantAdmin;
beforeAll(async () => {
  stack = await startStack({
    gateways: 2,
    gatewayEnv: { RATE_LIMIT_AGENT_CREATE_MAX: '3', RATE_LIMIT_AGENT_BULK_MAX: '1' },
  });
  admin = await signupTenant(stack.call, 'Edge');
});
afterAll(() => stack?.stop());

const agentBody = (n: number) => ({
  username: `edge_${n}_${Date.now() % 100000}`,
  email: `edge-${n}-${Date.now()}@example.com`,
  fullName: `Edge ${n}`,
  role: 'agent',
  department: 'Support',
  password: 'Passw0rdX',
});

describe('API versions', () => {
  it('answers v1, or no version asked, with API-Version: v1', async () => {
    const plain = await stack.call('GET', '/api/auth/me', { token: admin.token });
    const v1 = await stack.call('GET', '/api/auth/me', {
      token: admin.token,
      headers: { 'accept-version': 'v1' },
    });
    expect([plain.status, v1.status]).toEqual([200, 200]);
    expect(plain.headers.get('api-version')).toBe('v1');
    expect(v1.headers.get('api-version')).toBe('v1');
  });

  it('refuses another version with a 400 naming the supported ones, and changes nothing', async () => {
    const res = await stack.call('POST', '/api/agents', {
      token: admin.token,
      body: agentBody(99),
      headers: { 'accept-version': 'v2' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('api-version')).toBe('v1');
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'headers.accept-version', message: 'must be one of: v1' }],
    });
    expect(res.body.error.message).toContain('v1');
    const agents = await stack.call('GET', '/api/agents', { token: admin.token });
    expect(agents.body.meta.total).toBe(1);
  });

  it('marks errors of the gateway itself too', async () => {
    const res = await stack.call('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('api-version')).toBe('v1');
  });
});

describe('per-route limits', () => {
  it('counts a user across both gateways and answers 429 with Retry-After past the limit', async () => {
    const [first, second] = stack.gateways.map((g) => httpCaller(() => g.url));
    if (!first || !second) throw new Error('two gateways expected');
    const answers = [];
    for (let n = 0; n < 3; n++) {
      const call = n % 2 === 0 ? first : second;
      answers.push(await call('POST', '/api/agents', { token: admin.token, body: agentBody(n) }));
    }
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);
    expect(answers[0]?.headers.get('ratelimit-limit')).toBe('3');

    const over = await second('POST', '/api/agents', { token: admin.token, body: agentBody(3) });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    const agents = await stack.call('GET', '/api/agents?limit=100', { token: admin.token });
    expect(agents.body.meta.total).toBe(4); // the admin and three agents: the refused one was not made
  });

  it('counts each user apart, and other routes are not limited by it', async () => {
    const other = await signupTenant(stack.call, 'Edge other');
    const created = await stack.call('POST', '/api/agents', { token: other.token, body: agentBody(10) });
    expect(created.status).toBe(201);
    const read = await stack.call('GET', '/api/agents', { token: admin.token });
    expect(read.status).toBe(200);
    expect(read.headers.get('ratelimit-limit')).toBe('100000');
  });

  it('limits bulk updates on their own route, and callers without a valid token by IP', async () => {
    const bulk = { agentIds: [admin.userId], updates: { department: 'Sales' } };
    const once = await stack.call('PUT', '/api/agents/bulk', { token: admin.token, body: bulk });
    expect(once.status).toBe(200);
    const twice = await stack.call('PUT', '/api/agents/bulk', { token: admin.token, body: bulk });
    expect(twice.status).toBe(429);

    const anonymous = [];
    for (let n = 0; n < 2; n++) anonymous.push(await stack.call('PUT', '/api/agents/bulk', { body: bulk }));
    expect(anonymous.map((a) => a.status)).toEqual([401, 429]);
  });
});
