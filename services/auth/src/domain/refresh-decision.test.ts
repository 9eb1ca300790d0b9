import { describe, expect, it } from 'vitest';
import { decideRefresh } from './refresh-decision.js';

const now = new Date('2026-01-01T12:00:00Z');
const later = new Date('2026-02-01T00:00:00Z');
const fresh = { expiresAt: later, rotatedAt: null, revokedAt: null };
const grace = 2_000;
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('deciding what a refresh token may do', () => {
  it('rotates a fresh token of an active user', () =>
    expect(decideRefresh(fresh, true, now, grace)).toBe('rotate'));
  it('rejects an unknown token', () => expect(decideRefresh(undefined, true, now, grace)).toBe('reject'));
  it('rejects an expired token', () =>
    expect(decideRefresh({ ...fresh, expiresAt: new Date('2025-12-31T00:00:00Z') }, true, now, grace)).toBe(
      'reject',
    ));
  it('gives a token rotated within the grace a sibling pair: a benign race, not theft', () =>
    expect(decideRefresh({ ...fresh, rotatedAt: secondsAgo(1) }, true, now, grace)).toBe('sibling'));
  it('treats a use of a rotated token after the grace as theft', () =>
    expect(decideRefresh({ ...fresh, rotatedAt: secondsAgo(3) }, true, now, grace)).toBe('revoke-family'));
  it('treats a use of a revoked token as theft, however recent', () =>
    expect(decideRefresh({ ...fresh, rotatedAt: now, revokedAt: now }, true, now, grace)).toBe(
      'revoke-family',
    ));
  it('revokes the family of a deactivated user', () =>
    expect(decideRefresh(fresh, false, now, grace)).toBe('revoke-family'));
});
