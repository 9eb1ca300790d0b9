import type { Logger } from 'pino';

/** The Redis commands the list needs (an ioredis client has them). */
type Store = {
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  get(key: string): Promise<string | null>;
};

/**
 * Users whose access tokens issued until a moment must be refused, although unexpired: the
 * deactivated. Kept in Redis, shared by every service, for as long as an access token lives —
 * after that no token from before is valid anyway.
 */
export type RevokedUsers = {
  /** Refuses the user's tokens issued up to `at` (epoch seconds) for `ttlSeconds`. */
  revoke(userId: string, at: number, ttlSeconds: number): Promise<void>;
  /** Until when the user's tokens are refused (epoch seconds), or null. */
  revokedUntil(userId: string): Promise<number | null>;
};

export function revokedUsers(store: Store, keyPrefix: string, logger: Logger): RevokedUsers {
  const key = (userId: string) => `${keyPrefix}${userId}`;
  return {
    async revoke(userId, at, ttlSeconds) {
      await store.set(key(userId), String(at), 'EX', ttlSeconds);
    },
    async revokedUntil(userId) {
      try {
        const at = await store.get(key(userId));
        return at === null ? null : Number(at);
      } catch (err) {
        // Fail open: a Redis outage must not sign everyone out; the token still expires.
        logger.warn({ err }, 'could not read the revoked users; accepting the token');
        return null;
      }
    },
  };
}
