import type { Redis } from 'ioredis';

/**
 * A token bucket: `perSecond` sustained, bursts up to `capacity`. One per socket, so a flood
 * from one client is dropped without slowing anyone else.
 */
export function tokenBucket(perSecond: number, capacity = perSecond * 2, now: () => number = Date.now) {
  let tokens = capacity;
  let at = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - at) / 1000) * perSecond);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/*
 * The same bucket kept in Redis, so every gateway process draws on one bucket per tenant. The
 * clock is Redis's own: gateways whose clocks disagree still refill it at the same rate.
 * Returns {1, 0} when a token was taken, {0, ms until the next token} when not.
 */
const TAKE = `
local rate, capacity = tonumber(ARGV[1]), tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = clock[1] * 1000 + math.floor(clock[2] / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate / 1000)
local taken = 0
if tokens >= 1 then tokens = tokens - 1 taken = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
if taken == 1 then return {1, 0} end
return {0, math.ceil((1 - tokens) * 1000 / rate)}`;

export type TakeResult = { taken: true } | { taken: false; retryAfterMs: number };

/**
 * Client socket events per tenant, across gateway processes: `perSecond` sustained, bursts of
 * twice that. Keys live under the HTTP rate limits' prefix (`RATE_LIMIT_KEY_PREFIX`).
 */
export function tenantBuckets(redis: Redis, keyPrefix: string, perSecond: number) {
  const capacity = perSecond * 2;
  return {
    async take(tenantId: string): Promise<TakeResult> {
      const key = `${keyPrefix}socket-events:${tenantId}`;
      const [taken, retryAfterMs] = (await redis.eval(TAKE, 1, key, perSecond, capacity)) as [number, number];
      return taken === 1 ? { taken: true } : { taken: false, retryAfterMs };
    },
  };
}

export type TenantBuckets = ReturnType<typeof tenantBuckets>;
