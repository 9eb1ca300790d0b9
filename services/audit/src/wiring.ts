import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { AuditConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { AuditDeps } from './deps.js';

/** Opens the audit service's own resources; runService connects the bus. */
export function openDeps(config: AuditConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('audit', config.LOG_LEVEL);
  const deps: AuditDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    busConnected,
    metrics: createMetricsRegistry('audit'),
  };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
