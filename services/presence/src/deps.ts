import type { DbPool } from '@switchboard/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { PresenceConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the presence service's app needs, wired by main.ts (or a test). */
export type PresenceDeps = {
  config: PresenceConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
};
