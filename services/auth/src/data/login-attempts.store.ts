import type { Redis } from 'ioredis';

export type LoginLimits = { maxPerAccount: number; maxPerIp: number; lockoutSeconds: number };

/**
 * Failed logins counted per account and per IP (docs/api.md §2). An account is the user it resolves
 * to (`user:<id>`), so typing its email or username, with or without the tenant, all counts
 * alike; an identifier that resolves to nobody is counted under what was typed.
 */
export function createLoginAttempts(redis: Redis, prefix: string, limits: LoginLimits) {
  const accountKey = (account: string) => `${prefix}login-fail:account:${account.toLowerCase()}`;
  const ipKey = (ip: string) => `${prefix}login-fail:ip:${ip}`;

  /** Seconds the caller must wait, or 0 when a login attempt may proceed. */
  async function retryAfter(accounts: string[], ip: string): Promise<number> {
    const keys = [...accounts.map(accountKey), ipKey(ip)];
    const counts = (await redis.mget(...keys)).map(Number);
    const blocked = keys.filter((key, i) => {
      const limit = key === ipKey(ip) ? limits.maxPerIp : limits.maxPerAccount;
      return (counts[i] ?? 0) >= limit;
    });
    if (blocked.length === 0) return 0;
    const ttls = await Promise.all(blocked.map((k) => redis.ttl(k)));
    return Math.max(1, ...ttls);
  }

  async function recordFailure(accounts: string[], ip: string): Promise<void> {
    const multi = redis.multi();
    for (const key of [...accounts.map(accountKey), ipKey(ip)]) {
      multi.incr(key);
      multi.expire(key, limits.lockoutSeconds, 'NX');
    }
    await multi.exec();
  }

  const recordSuccess = async (accounts: string[]) => {
    await redis.del(...accounts.map(accountKey));
  };

  return { retryAfter, recordFailure, recordSuccess };
}

export type LoginAttempts = ReturnType<typeof createLoginAttempts>;
