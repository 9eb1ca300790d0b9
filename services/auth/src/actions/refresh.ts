import { lockRefreshToken, markRotated, revokeFamily } from '../data/refresh-tokens.repository.js';
import { findUser } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { decideRefresh } from '../domain/refresh-decision.js';
import { hashRefreshToken, issueTokens, type TokenPair } from './sessions.js';

/** Rotates a refresh token; reuse of a rotated one revokes its whole family. Null means 401. */
export async function refresh(deps: AuthDeps, refreshToken: string): Promise<TokenPair | null> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockRefreshToken(tx, hashRefreshToken(refreshToken));
    const user = stored && (await findUser(tx, stored.tenantId, stored.userId));
    const decision = decideRefresh(stored, user?.isActive ?? false, new Date());
    if (decision === 'revoke-family' && stored) await revokeFamily(tx, stored.familyId);
    if (decision !== 'rotate' || !stored || !user) return null;
    await markRotated(tx, stored.id);
    return issueTokens(deps, tx, user, stored.familyId);
  });
}

/** Ends the session the refresh token belongs to (its family). Unknown tokens are ignored. */
export async function logout(deps: AuthDeps, refreshToken: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await lockRefreshToken(tx, hashRefreshToken(refreshToken));
    if (stored) await revokeFamily(tx, stored.familyId);
  });
}
