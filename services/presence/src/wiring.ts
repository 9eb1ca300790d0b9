import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { PresenceConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { PresenceDeps } from './deps.js';

/** Opens the presence service's own resources; runService connects the bus. */
export function openDeps(config: PresenceConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('presence', config.LOG_LEVEL);
  const deps: PresenceDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    busConnected,
    metrics: createMetricsRegistry('presence'),
  };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
