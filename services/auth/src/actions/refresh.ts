import { lockRefreshToken, markRotated, revokeFamily } from '../data/refresh-tokens.repository.js';
import { findUser } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { decideRefresh } from '../domain/refresh-decision.js';
import { hashRefreshToken, issueTokens, type TokenPair } from './sessions.js';

/**
 * Rotates a refresh token; reuse of a rotated one after the grace revokes its whole family and
 * the family's access tokens. Null means 401.
 */
export async function refresh(deps: AuthDeps, refreshToken: string): Promise<TokenPair | null> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockRefreshToken(tx, hashRefreshToken(refreshToken));
    const user = stored && (await findUser(tx, stored.tenantId, stored.userId));
    const graceMs = deps.config.REFRESH_REUSE_GRACE_SECONDS * 1000;
    const decision = decideRefresh(stored, user?.isActive ?? false, new Date(), graceMs);
    if (decision === 'revoke-family' && stored) {
      await revokeFamily(tx, stored.familyId);
      await endSession(deps, stored.familyId);
    }
    if ((decision !== 'rotate' && decision !== 'sibling') || !stored || !user) return null;
    if (decision === 'rotate') await markRotated(tx, stored.id);
    return issueTokens(deps, tx, user, stored.familyId);
  });
}

/** Ends the session the refresh token belongs to (its family). Unknown tokens are ignored. */
export async function logout(deps: AuthDeps, refreshToken: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await lockRefreshToken(tx, hashRefreshToken(refreshToken));
    if (!stored) return;
    await revokeFamily(tx, stored.familyId);
    await endSession(deps, stored.familyId);
  });
}

/**
 * Every verifier refuses the session's access tokens from now on. Without Redis the refresh
 * tokens are still revoked and the access tokens expire on their own (docs/auth.md).
 */
async function endSession(deps: AuthDeps, familyId: string): Promise<void> {
  try {
    await deps.revokedUsers.endSession(familyId, deps.config.ACCESS_TOKEN_TTL_SECONDS);
  } catch (err) {
    deps.logger.error(
      { err, familyId },
      'could not end the session’s access tokens; they expire on their own',
    );
  }
}
