import {
  createTokenVerifier,
  type Principal,
  type RevokedUsers,
  remoteKeys,
  type TokenVerifier,
} from '@switchboard/auth-verify';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { Member } from './rooms.js';

/** A verified socket user; the token is kept to ask services on the user's behalf (join_ticket). */
export type Admission = {
  member: Member;
  email: string;
  /** The name others see beside the user (ticket viewers). */
  fullName: string;
  expiresAt: number;
  token: string;
};

/** docs/api.md §6: the token in `auth.token`, an `Authorization: Bearer` header or the `token` query. */
export function tokenOf(handshake: Socket['handshake']): string | undefined {
  const fromAuth = (handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof fromAuth === 'string' && fromAuth) return fromAuth;
  const header = handshake.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (header) return header;
  const fromQuery = handshake.query.token;
  return typeof fromQuery === 'string' && fromQuery ? fromQuery : undefined;
}

/**
 * Verifies the token against the auth service's JWKS and the revocation lists (so the role is
 * the user's current one), then asks the auth service who the user is now: a deactivated user is
 * refused at once (not when the token expires), and the user's department decides their
 * department room.
 */
export function createAdmitter(authUrl: string, issuer: string, revoked: RevokedUsers, logger: Logger) {
  const verify: TokenVerifier = createTokenVerifier(
    remoteKeys(`${authUrl}/api/auth/.well-known/jwks.json`),
    issuer,
    revoked,
    logger,
  );
  return async (token: string): Promise<Admission> => {
    const principal: Principal = await verify(token);
    const res = await fetch(`${authUrl}/api/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`the auth service refused the user (${res.status})`);
    // The profile asked for anyway: the department (rooms), the email `authenticated` carries and
    // the name ticket viewers show (tokens carry no name).
    const profile = (await res.json()) as { department?: string | null; email: string; fullName: string };
    const { userId, tenantId, role } = principal;
    return {
      member: { userId, tenantId, role, department: profile.department ?? null },
      email: profile.email,
      fullName: profile.fullName,
      expiresAt: principal.expiresAt,
      token,
    };
  };
}

export type Admitter = ReturnType<typeof createAdmitter>;
