/** What a presented refresh token may do (docs/api.md §4.1: rotation with reuse detection). */
export type RefreshDecision = 'rotate' | 'revoke-family' | 'reject';

type StoredToken = { expiresAt: Date; rotatedAt: Date | null; revokedAt: Date | null };

export function decideRefresh(
  token: StoredToken | undefined,
  userActive: boolean,
  now: Date,
): RefreshDecision {
  if (!token) return 'reject';
  // A token used a second time was stolen or replayed: the whole family goes.
  if (token.rotatedAt || token.revokedAt) return 'revoke-family';
  if (!userActive) return 'revoke-family';
  if (token.expiresAt <= now) return 'reject';
  return 'rotate';
}
