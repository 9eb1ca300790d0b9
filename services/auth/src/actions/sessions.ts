import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { insertRefreshToken } from '../data/refresh-tokens.repository.js';
import type { UserRow } from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import { signAccessToken } from '../keys/access-tokens.js';

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number };

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues an access token and a refresh token of `familyId` (a new family when absent). */
export async function issueTokens(
  deps: AuthDeps,
  tx: Tx,
  user: UserRow,
  familyId: string = uuidv7(),
): Promise<TokenPair> {
  const { config } = deps;
  const refreshToken = randomBytes(32).toString('base64url');
  await insertRefreshToken(tx, {
    id: uuidv7(),
    tenantId: user.tenantId,
    userId: user.id,
    familyId,
    tokenHash: hashRefreshToken(refreshToken),
    expiresAt: new Date(Date.now() + config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
  });
  const accessToken = await signAccessToken(
    deps.keys,
    user,
    { id: familyId },
    config.JWT_ISSUER,
    config.ACCESS_TOKEN_TTL_SECONDS,
  );
  return { accessToken, refreshToken, expiresIn: config.ACCESS_TOKEN_TTL_SECONDS };
}
