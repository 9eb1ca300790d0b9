import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { TicketsConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the ticket service's app needs, wired by main.ts (or a test). */
export type TicketsDeps = {
  config: TicketsConfig;
  logger: Logger;
  db: Db;
  pool: pg.Pool;
  redis: Redis;
  busConnected: () => boolean;
};
