import type { Role } from '@switchboard/contracts';

/** The Redis commands the lists need (an ioredis client has them). */
type Store = {
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  mget(...keys: string[]): Promise<(string | null)[]>;
};

/** What the lists say about one access token's user and session. */
export type AccessState = {
  /** The user's tokens issued up to then (epoch seconds) are refused: they were deactivated. */
  revokedUntil: number | null;
  /** The user's role now, when it changed within an access token's lifetime. */
  currentRole: Role | null;
  /** The token's session (refresh-token family) was ended: logout or theft. */
  sessionEnded: boolean;
};

/**
 * What auth tells every verifier about access tokens that are unexpired but no longer true, in
 * Redis, each entry for an access token's lifetime (after that no token from before is valid
 * anyway): the deactivated users, users whose role changed, and ended sessions
 * (docs/auth.md, "Current role and revocation").
 */
export type RevokedUsers = {
  /** Refuses the user's tokens issued up to `at` (epoch seconds) for `ttlSeconds`. */
  revoke(userId: string, at: number, ttlSeconds: number): Promise<void>;
  /** Makes every verifier use `role` instead of the role claim of the user's tokens. */
  setRole(userId: string, role: Role, ttlSeconds: number): Promise<void>;
  /** Refuses every access token of the session (its `sid` claim). */
  endSession(sessionId: string, ttlSeconds: number): Promise<void>;
  /** One round trip; throws when Redis cannot be read (the caller decides what that means). */
  stateOf(userId: string, sessionId: string | undefined): Promise<AccessState>;
};

export function revokedUsers(store: Store, keyPrefix: string): RevokedUsers {
  const revokedKey = (userId: string) => `${keyPrefix}${userId}`;
  const roleKey = (userId: string) => `${keyPrefix}role:${userId}`;
  const sessionKey = (sessionId: string) => `${keyPrefix}session:${sessionId}`;
  return {
    async revoke(userId, at, ttlSeconds) {
      await store.set(revokedKey(userId), String(at), 'EX', ttlSeconds);
    },
    async setRole(userId, role, ttlSeconds) {
      await store.set(roleKey(userId), role, 'EX', ttlSeconds);
    },
    async endSession(sessionId, ttlSeconds) {
      await store.set(sessionKey(sessionId), '1', 'EX', ttlSeconds);
    },
    async stateOf(userId, sessionId) {
      const keys = [revokedKey(userId), roleKey(userId), ...(sessionId ? [sessionKey(sessionId)] : [])];
      const [revoked, role, session] = await store.mget(...keys);
      return {
        revokedUntil: revoked == null ? null : Number(revoked),
        currentRole: (role ?? null) as Role | null,
        sessionEnded: session != null,
      };
    },
  };
}
