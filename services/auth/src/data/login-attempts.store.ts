import type { Redis } from 'ioredis';

export type LoginLimits = { maxPerAccount: number; maxPerIp: number; lockoutSeconds: number };

/**
 * Failed logins counted per account identifier and per IP (docs/api.md §2). The
 * account key uses what was typed, not a user id, so unknown accounts are
 * throttled alike and nothing reveals whether an account exists.
 */
export function createLoginAttempts(redis: Redis, prefix: string, limits: LoginLimits) {
  const accountKey = (account: string) => `${prefix}login-fail:account:${account.toLowerCase()}`;
  const ipKey = (ip: string) => `${prefix}login-fail:ip:${ip}`;

  /** Seconds the caller must wait, or 0 when a login attempt may proceed. */
  async function retryAfter(account: string, ip: string): Promise<number> {
    const [accountCount, ipCount] = (await redis.mget(accountKey(account), ipKey(ip))).map(Number);
    const blocked = [
      (accountCount ?? 0) >= limits.maxPerAccount ? accountKey(account) : null,
      (ipCount ?? 0) >= limits.maxPerIp ? ipKey(ip) : null,
    ].filter((k): k is string => k !== null);
    if (blocked.length === 0) return 0;
    const ttls = await Promise.all(blocked.map((k) => redis.ttl(k)));
    return Math.max(1, ...ttls);
  }

  async function recordFailure(account: string, ip: string): Promise<void> {
    const multi = redis.multi();
    for (const key of [accountKey(account), ipKey(ip)]) {
      multi.incr(key);
      multi.expire(key, limits.lockoutSeconds, 'NX');
    }
    await multi.exec();
  }

  const recordSuccess = async (account: string) => {
    await redis.del(accountKey(account));
  };

  return { retryAfter, recordFailure, recordSuccess };
}

export type LoginAttempts = ReturnType<typeof createLoginAttempts>;
