import { type Role, roleSchema } from '@switchboard/contracts';
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { RevokedUsers } from './revoked-users.js';

/** Who is calling, from a verified access token (docs/api.md §2 claims). */
export type Principal = { userId: string; tenantId: string; role: Role; tokenId: string; expiresAt: number };

export type TokenVerifier = (token: string) => Promise<Principal>;

export const ACCESS_TOKEN_ALGORITHMS = ['EdDSA'];

/** Keys from the auth service's JWKS, cached by jose and refetched when an unknown `kid` appears (key rotation). */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
}

/** Verifies signature, issuer and claims, then that the user was not deactivated since it was issued. */
export function createTokenVerifier(
  keys: JWTVerifyGetKey,
  issuer: string,
  revoked: RevokedUsers,
): TokenVerifier {
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ACCESS_TOKEN_ALGORITHMS });
    const role = roleSchema.safeParse(payload.role);
    if (!payload.sub || typeof payload.tid !== 'string' || !role.success || !payload.jti || !payload.exp) {
      throw new Error('access token lacks required claims');
    }
    const revokedUntil = await revoked.revokedUntil(payload.sub);
    if (revokedUntil !== null && (payload.iat ?? 0) <= revokedUntil) {
      throw new Error('access token of a deactivated user');
    }
    return {
      userId: payload.sub,
      tenantId: payload.tid,
      role: role.data,
      tokenId: payload.jti,
      expiresAt: payload.exp,
    };
  };
}
