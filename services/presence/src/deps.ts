import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { PresenceConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the presence service's app needs, wired by main.ts (or a test). */
export type PresenceDeps = {
  config: PresenceConfig;
  logger: Logger;
  db: Db;
  pool: pg.Pool;
  redis: Redis;
  busConnected: () => boolean;
};
