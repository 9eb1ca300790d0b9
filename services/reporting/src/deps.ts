import type { DbPool } from '@switchboard/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ReportingConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the reporting service's app needs, wired by main.ts (or a test). */
export type ReportingDeps = {
  config: ReportingConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
};
