import { describe, expect, it } from 'vitest';
import { shouldGoOffline } from './grace.js';

const now = new Date('2026-03-02T10:00:30Z');
const closedAt = (iso: string) => ({
  onlineStatus: 'online' as const,
  openConnections: 0,
  lastDisconnectedAt: new Date(iso),
});

describe('shouldGoOffline', () => {
  it('waits out the grace after the last socket closed', () => {
    expect(shouldGoOffline(closedAt('2026-03-02T10:00:01Z'), now, 30)).toBe(false);
    expect(shouldGoOffline(closedAt('2026-03-02T10:00:00Z'), now, 30)).toBe(true);
    expect(shouldGoOffline(closedAt('2026-03-02T09:00:00Z'), now, 30)).toBe(true);
  });

  it('keeps a user with an open socket (another tab, a reconnect) online', () => {
    expect(shouldGoOffline({ ...closedAt('2026-03-02T09:00:00Z'), openConnections: 1 }, now, 30)).toBe(false);
  });

  it('leaves alone a user already offline or who never had a socket', () => {
    expect(shouldGoOffline({ ...closedAt('2026-03-02T09:00:00Z'), onlineStatus: 'offline' }, now, 30)).toBe(
      false,
    );
    expect(
      shouldGoOffline({ onlineStatus: 'online', openConnections: 0, lastDisconnectedAt: null }, now, 30),
    ).toBe(false);
  });

  it('takes away and busy users offline too, and a zero grace at once', () => {
    expect(shouldGoOffline({ ...closedAt('2026-03-02T10:00:29Z'), onlineStatus: 'away' }, now, 1)).toBe(true);
    expect(shouldGoOffline(closedAt('2026-03-02T10:00:30Z'), now, 0)).toBe(true);
  });
});
