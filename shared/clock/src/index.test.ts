import { describe, expect, it } from 'vitest';
import { atTime, now } from './index.js';

const past = new Date('2026-03-10T09:00:00Z');
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('clock', () => {
  it('reads the wall clock outside atTime', () => {
    const before = Date.now();
    const read = now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it('reads the pinned instant inside atTime, across awaits, and only there', async () => {
    const seen = await atTime(past, async () => {
      await tick();
      return now().toISOString();
    });
    expect(seen).toBe(past.toISOString());
    expect(now().getTime()).toBeGreaterThan(past.getTime() + 1e9);
  });

  it('concurrent contexts keep their own instants', async () => {
    const other = new Date('2026-01-01T00:00:00Z');
    const [a, b] = await Promise.all([
      atTime(past, async () => {
        await tick();
        return now().toISOString();
      }),
      atTime(other, async () => {
        await tick();
        return now().toISOString();
      }),
    ]);
    expect([a, b]).toEqual([past.toISOString(), other.toISOString()]);
  });
});
