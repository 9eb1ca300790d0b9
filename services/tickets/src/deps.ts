import type { DbPool } from '@switchboard/db';
import type { Mailer } from '@switchboard/mail';
import type { ObjectStorage } from '@switchboard/object-storage';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Assigner } from './actions/assigner.js';
import type { TicketsConfig } from './config.js';
import type { Db } from './data/db.js';

/** Everything the ticket service's app needs, wired by main.ts (or a test). */
export type TicketsDeps = {
  config: TicketsConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
  /** Runs auto-assignment passes after the changes that may call for one. */
  assigner: Assigner;
  /** Mail to customers (the CSAT survey link) over SMTP_URL. */
  mailer: Mailer;
  /** Attachment bytes, under `<tenantId>/<attachmentId>` (S3 when S3_URL is set, else disk). */
  storage: ObjectStorage;
};
