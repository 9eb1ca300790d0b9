/**
 * What a presented refresh token may do (docs/api.md §4.1: rotation with reuse detection). `sibling`: the
 * token was rotated a moment ago — two tabs or a retried request racing, not a thief — so it
 * gets a new pair of the same family instead of ending the session.
 */
export type RefreshDecision = 'rotate' | 'sibling' | 'revoke-family' | 'reject';

type StoredToken = { expiresAt: Date; rotatedAt: Date | null; revokedAt: Date | null };

export function decideRefresh(
  token: StoredToken | undefined,
  userActive: boolean,
  now: Date,
  reuseGraceMs: number,
): RefreshDecision {
  if (!token) return 'reject';
  if (token.revokedAt || !userActive) return 'revoke-family';
  // A token used again after the grace was stolen or replayed: the whole family goes.
  if (token.rotatedAt)
    return now.getTime() - token.rotatedAt.getTime() <= reuseGraceMs ? 'sibling' : 'revoke-family';
  if (token.expiresAt <= now) return 'reject';
  return 'rotate';
}
