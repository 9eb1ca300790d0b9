import { type Stack, signupTenant, startStack, type TenantAdmin } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * reference/002 §7.2's per-route limits, through the gateway. The shared stack lifts them (many
 * clients per minute), so this file runs a stack of its own with the agent list limited to 3.
 */
let stack: Stack;
let admin: TenantAdmin;
let other: TenantAdmin;
beforeAll(async () => {
  stack = await startStack({ gatewayEnv: { RATE_LIMIT_AGENT_LIST_MAX: '3' } });
  [admin, other] = await Promise.all([signupTenant(stack.call, 'Limits'), signupTenant(stack.call, 'Other')]);
});
afterAll(() => stack?.stop());

describe('GET /api/agents past its limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After and the RateLimit headers', async () => {
    const answers = [];
    for (let n = 0; n < 3; n++) answers.push(await stack.call('GET', '/api/agents', { token: admin.token }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);

    const over = await stack.call('GET', '/api/agents', { token: admin.token });
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ error: { code: 'RATE_LIMITED', message: expect.any(String) } });
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.headers.get('ratelimit-limit')).toBe('3');
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    expect(over.headers.get('ratelimit-policy')).toBe('3;w=60');
    expect(over.headers.get('api-version')).toBe('v1');
  });

  it('counts per user: another tenant’s admin, and the limited user’s other routes, go on', async () => {
    const theirs = await stack.call('GET', '/api/agents', { token: other.token });
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.map((a: { id: string }) => a.id)).toEqual([other.userId]);
    const stats = await stack.call('GET', '/api/agents/stats', { token: admin.token });
    expect(stats.status).toBe(200);
    const stillLimited = await stack.call('GET', '/api/agents?page=2', { token: admin.token });
    expect(stillLimited.status).toBe(429);
  });
});
