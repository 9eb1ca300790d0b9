import { randomBytes } from 'node:crypto';
import { waitFor } from '@switchboard/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { tenantBuckets } from '../src/io/rate-limit.js';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `sbt:${randomBytes(4).toString('hex')}:rl:`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

/** Takes `n` tokens one after the other; how many were granted. */
async function takeMany(buckets: ReturnType<typeof tenantBuckets>, tenantId: string, n: number) {
  let granted = 0;
  for (let i = 0; i < n; i++) if ((await buckets.take(tenantId)).taken) granted++;
  return granted;
}

describe('the per-tenant limit on client socket events', () => {
  it('is one bucket for the tenant across gateway processes, and leaves other tenants alone', async () => {
    // Two gateways' views of the same Redis: 2 events a second, bursts of 4, between them.
    const [gatewayA, gatewayB] = [tenantBuckets(redis, prefix, 2), tenantBuckets(redis, prefix, 2)];
    const started = performance.now();
    const granted = (await takeMany(gatewayA, 'flooding', 6)) + (await takeMany(gatewayB, 'flooding', 6));
    const refilled = Math.floor(((performance.now() - started) / 1000) * 2);
    expect(granted).toBeGreaterThanOrEqual(4);
    expect(granted).toBeLessThanOrEqual(4 + refilled);
    const next = await gatewayB.take('flooding');
    const refused = next.taken ? await gatewayB.take('flooding') : next;
    expect(refused).toEqual({ taken: false, retryAfterMs: expect.any(Number) });
    if (!refused.taken) expect(refused.retryAfterMs).toBeLessThanOrEqual(500);

    expect(await takeMany(gatewayA, 'calm', 4)).toBe(4);
    // Refilled at the tenant's rate: allowed again a moment later.
    await waitFor(
      'a token for the flooding tenant again',
      async () => (await gatewayA.take('flooding')).taken,
    );
  });
});
