import { type Role, roleSchema } from '@switchboard/contracts';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Logger } from 'pino';
import type { AccessState, RevokedUsers } from './revoked-users.js';

/** Who is calling, from a verified access token (docs/api.md §2 claims) and the user's current role. */
export type Principal = { userId: string; tenantId: string; role: Role; tokenId: string; expiresAt: number };

/**
 * `read` for safe requests (GET, HEAD, socket admission), `write` for the rest: when the
 * revocation lists cannot be read, reads go on with the token's claims and writes are refused.
 */
export type TokenUse = 'read' | 'write';

export type TokenVerifier = (token: string, use?: TokenUse) => Promise<Principal>;

export const ACCESS_TOKEN_ALGORITHMS = ['EdDSA'];

/** The token is genuine but whether it still holds cannot be told now (Redis unreachable). */
export class AccessStateUnavailable extends Error {
  constructor() {
    super('the revocation lists cannot be read');
    this.name = 'AccessStateUnavailable';
  }
}

/** Keys from the auth service's JWKS, cached by jose and refetched when an unknown `kid` appears (key rotation). */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
}

/**
 * Verifies signature, issuer and claims, then what auth published since the token was issued:
 * deactivation, a new role, an ended session (docs/auth.md, "Current role and revocation").
 */
export function createTokenVerifier(
  keys: JWTVerifyGetKey,
  issuer: string,
  revoked: RevokedUsers,
  logger?: Pick<Logger, 'warn'>,
): TokenVerifier {
  return async (token, use = 'read') => {
    const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ACCESS_TOKEN_ALGORITHMS });
    const role = roleSchema.safeParse(payload.role);
    if (!payload.sub || typeof payload.tid !== 'string' || !role.success || !payload.jti || !payload.exp) {
      throw new Error('access token lacks required claims');
    }
    const state = await stateOf(revoked, payload, use, logger);
    return {
      userId: payload.sub,
      tenantId: payload.tid,
      role: roleSchema.safeParse(state?.currentRole).data ?? role.data,
      tokenId: payload.jti,
      expiresAt: payload.exp,
    };
  };
}

/** The lists' word on the token; null when they cannot be read for a read (claims are used). */
async function stateOf(
  revoked: RevokedUsers,
  payload: JWTPayload,
  use: TokenUse,
  logger: Pick<Logger, 'warn'> | undefined,
): Promise<AccessState | null> {
  const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
  let state: AccessState;
  try {
    state = await revoked.stateOf(payload.sub as string, sessionId);
  } catch (err) {
    if (use === 'write') throw new AccessStateUnavailable();
    logger?.warn({ err }, 'could not read the revocation lists; a read goes on with the token claims');
    return null;
  }
  if (state.revokedUntil !== null && (payload.iat ?? 0) <= state.revokedUntil) {
    throw new Error('access token of a deactivated user');
  }
  if (state.sessionEnded) throw new Error('access token of an ended session');
  return state;
}
