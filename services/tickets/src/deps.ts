import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Assigner } from './actions/assigner.js';
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
  /** Runs auto-assignment passes after the changes that may call for one. */
  assigner: Assigner;
};
