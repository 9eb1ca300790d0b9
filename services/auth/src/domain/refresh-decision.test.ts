import { describe, expect, it } from 'vitest';
import { decideRefresh } from './refresh-decision.js';

const now = new Date('2026-01-01T12:00:00Z');
const later = new Date('2026-02-01T00:00:00Z');
const fresh = { expiresAt: later, rotatedAt: null, revokedAt: null };

describe('deciding what a refresh token may do', () => {
  it('rotates a fresh token of an active user', () => expect(decideRefresh(fresh, true, now)).toBe('rotate'));
  it('rejects an unknown token', () => expect(decideRefresh(undefined, true, now)).toBe('reject'));
  it('rejects an expired token', () =>
    expect(decideRefresh({ ...fresh, expiresAt: new Date('2025-12-31T00:00:00Z') }, true, now)).toBe(
      'reject',
    ));
  it('treats a second use of a rotated token as theft', () =>
    expect(decideRefresh({ ...fresh, rotatedAt: now }, true, now)).toBe('revoke-family'));
  it('revokes the family of a deactivated user', () =>
    expect(decideRefresh(fresh, false, now)).toBe('revoke-family'));
});
