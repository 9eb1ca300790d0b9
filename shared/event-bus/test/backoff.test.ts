import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelay } from '../src/backoff.js';

describe('reconnect backoff', () => {
  const options = { initialMs: 100, maxMs: 5_000 };

  it('starts around the initial delay and doubles per attempt', () => {
    expect(backoffDelay(0, options, () => 1)).toBe(100);
    expect(backoffDelay(1, options, () => 1)).toBe(200);
    expect(backoffDelay(3, options, () => 1)).toBe(800);
  });

  it('never exceeds the cap, however many attempts failed', () => {
    expect(backoffDelay(6, options, () => 1)).toBe(5_000);
    expect(backoffDelay(1_000, options, () => 1)).toBe(5_000);
  });

  it('jitters within the upper half of the nominal delay', () => {
    expect(backoffDelay(4, options, () => 0)).toBe(800);
    const delays = Array.from({ length: 200 }, () => backoffDelay(4, options));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(800);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1_600);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });
});

describe('handler retry delay', () => {
  it('grows with the delivery count the broker reports', () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(n, 1_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('is capped at 30 s', () => {
    expect(retryDelay(10, 1_000)).toBe(30_000);
  });

  it('treats a missing count as a first delivery', () => {
    expect(retryDelay(Number.NaN, 500)).toBe(500);
  });
});
