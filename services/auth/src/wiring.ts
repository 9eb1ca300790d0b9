import { revokedUsers } from '@switchboard/auth-verify';
import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { AuthConfig } from './config.js';
import { createAgentCache } from './data/agent-cache.js';
import { connectDb } from './data/db.js';
import { createLoginAttempts } from './data/login-attempts.store.js';
import type { AuthDeps } from './deps.js';
import { createKeyRing, rotateIfDue } from './keys/key-ring.js';

/** Opens the auth service's own resources; runService connects the bus. */
export async function openDeps(config: AuthConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  await rotateIfDue(db, config.SIGNING_KEY_ROTATION_DAYS);
  const logger = createLogger('auth', config.LOG_LEVEL);
  const metrics = createMetricsRegistry('auth');
  const cacheSettings = {
    prefix: config.REDIS_KEY_PREFIX,
    ttlSeconds: { agent_list: config.CACHE_TTL_AGENTS, agent_stats: config.CACHE_TTL_STATS },
  };
  const deps: AuthDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    keys: createKeyRing(db, config.ACCESS_TOKEN_TTL_SECONDS),
    loginAttempts: createLoginAttempts(redis, config.REDIS_KEY_PREFIX, {
      maxPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
      lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
    }),
    revokedUsers: revokedUsers(redis, config.REVOKED_USERS_KEY_PREFIX),
    busConnected,
    metrics,
    agentCache: createAgentCache(redis, db, cacheSettings, metrics, logger),
  };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
