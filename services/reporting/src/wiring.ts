import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { ReportingConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { ReportingDeps } from './deps.js';

/** Opens the reporting service's own resources; runService connects the bus. */
export function openDeps(config: ReportingConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('reporting', config.LOG_LEVEL);
  const metrics = createMetricsRegistry('reporting');
  const deps: ReportingDeps = { config, logger, db, pool, redis, busConnected, metrics };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
