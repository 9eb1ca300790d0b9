import { createLogger } from '@switchboard/http-kit';
import { Redis } from 'ioredis';
import type { PresenceConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { PresenceDeps } from './deps.js';

/** Opens the presence service's own resources; the bus is wired by main.ts. */
export function openDeps(config: PresenceConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('presence', config.LOG_LEVEL);
  const deps: PresenceDeps = { config, logger, db, pool, redis, busConnected };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
