import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { NotificationsConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { NotificationsDeps } from './deps.js';

/** Opens the notifications service's own resources; runService connects the bus. */
export function openDeps(config: NotificationsConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('notifications', config.LOG_LEVEL);
  const deps: NotificationsDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    busConnected,
    metrics: createMetricsRegistry('notifications'),
  };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
