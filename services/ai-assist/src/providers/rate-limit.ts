/**
 * A token bucket per tenant, in this process: a tenant holds up to `perMinute` requests and
 * earns them back evenly over a minute, so one tenant's burst never spends another's budget.
 * In memory for now; the service moves it to Redis once it runs replicated (docs/ai.md).
 */
export interface TenantRateLimit {
  /** true and spends a token, or false when the tenant has none left. */
  take(tenantId: string): boolean;
}

const MINUTE_MS = 60_000;

export function tenantRateLimit(perMinute: number, now: () => number = Date.now): TenantRateLimit {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(tenantId) {
      const at = now();
      const last = buckets.get(tenantId) ?? { tokens: perMinute, at };
      const tokens = Math.min(perMinute, last.tokens + ((at - last.at) * perMinute) / MINUTE_MS);
      const allowed = tokens >= 1;
      buckets.set(tenantId, { tokens: allowed ? tokens - 1 : tokens, at });
      return allowed;
    },
  };
}
