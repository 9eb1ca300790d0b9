import { describe, expect, it } from 'vitest';
import { needsRefresh, refreshDelayMs } from './token-timing.js';

const min = 60_000;

describe('token refresh timing', () => {
  it('renews a 15-minute token one minute before it expires', () => {
    expect(refreshDelayMs(0, 15 * min, 0)).toBe(14 * min);
  });

  it('renews a short token a fifth of its life early, and never less than 5 s early', () => {
    expect(refreshDelayMs(0, 100_000, 0)).toBe(80_000);
    expect(refreshDelayMs(0, 10_000, 0)).toBe(5_000);
  });

  it('refreshes at once when the moment has passed or the token has expired', () => {
    expect(refreshDelayMs(0, 15 * min, 14.5 * min)).toBe(0);
    expect(refreshDelayMs(0, 15 * min, 20 * min)).toBe(0);
    expect(needsRefresh(0, 15 * min, 14.5 * min)).toBe(true);
    expect(needsRefresh(0, 15 * min, 1 * min)).toBe(false);
  });
});
