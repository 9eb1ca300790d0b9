import type { DbPool } from '@switchboard/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AuditConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the audit service's app and consumer need, wired by wiring.ts (or a test). */
export type AuditDeps = {
  config: AuditConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
};
