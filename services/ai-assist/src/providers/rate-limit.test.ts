import { describe, expect, it } from 'vitest';
import { tenantRateLimit } from './rate-limit.js';

describe('the per-tenant rate limit', () => {
  it('gives a tenant its requests back over the minute, one per share of it', () => {
    let now = 0;
    const limit = tenantRateLimit(3, () => now);
    expect([limit.take('a'), limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 10_000; // a sixth of a minute: half a request back
    expect(limit.take('a')).toBe(false);
    now = 20_000;
    expect([limit.take('a'), limit.take('a')]).toEqual([true, false]);
    now = 10 * 60_000; // idle for long: never more than the per-minute budget
    expect([limit.take('a'), limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("keeps each tenant's budget apart", () => {
    const limit = tenantRateLimit(1, () => 0);
    expect([limit.take('a'), limit.take('a'), limit.take('b')]).toEqual([true, false, true]);
  });
});
