import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { Db } from './db.js';
import { agentGenerationOf } from './users.repository.js';

/** What is cached: agent lists (GET /api/agents, /search) and the stats, each with its own TTL. */
export type CacheKind = 'agent_list' | 'agent_stats';

export type AgentCache = {
  /**
   * `load`'s answer for `query` of the tenant, from Redis when it holds one for the tenant's
   * current generation, else loaded and stored under it.
   */
  read<T>(tenantId: string, kind: CacheKind, query: unknown, load: () => Promise<T>): Promise<T>;
};

type Settings = { prefix: string; ttlSeconds: Record<CacheKind, number> };

/**
 * The agent cache (docs/decisions.md): keys carry the tenant and its generation, which every
 * change to the tenant's agents raises in the changing transaction. A read that raced a write
 * stores its value under the generation it read before loading, which no later read asks for,
 * so a read after a write never sees what was there before it. Redis being away makes every read
 * a miss, never an error.
 */
export function createAgentCache(
  redis: Redis,
  db: Db,
  settings: Settings,
  metrics: Registry,
  logger: Logger,
) {
  const requests = new Counter({
    name: 'switchboard_cache_requests_total',
    help: 'Reads of a cache by outcome: hit (answered from Redis) or miss (loaded from the database)',
    labelNames: ['cache', 'result'],
    registers: [metrics],
  });
  const cache: AgentCache = {
    async read(tenantId, kind, query, load) {
      const generation = await agentGenerationOf(db, tenantId);
      const key = `${settings.prefix}agents:${tenantId}:${generation}:${kind}:${digest(query)}`;
      const cached = await redis.get(key).catch((err) => warn(logger, err));
      if (cached) {
        requests.inc({ cache: kind, result: 'hit' });
        return JSON.parse(cached);
      }
      requests.inc({ cache: kind, result: 'miss' });
      const value = await load();
      await redis
        .set(key, JSON.stringify(value), 'EX', settings.ttlSeconds[kind])
        .catch((err) => warn(logger, err));
      return value;
    },
  };
  return cache;
}

/** The same query, whatever the order of its fields, makes the same key. */
const digest = (query: unknown) =>
  createHash('sha256')
    .update(
      JSON.stringify(query, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? sorted(v) : v)),
    )
    .digest('base64url')
    .slice(0, 22);

const sorted = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

const warn = (logger: Logger, err: unknown) => {
  logger.warn({ err }, 'agent cache unavailable; reading the database');
  return null;
};
