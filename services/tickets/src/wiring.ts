import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { createMailer } from '@switchboard/mail';
import { openObjectStorage } from '@switchboard/object-storage';
import { connectRedis } from '@switchboard/redis';
import { createAssigner } from './actions/assigner.js';
import type { TicketsConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { TicketsDeps } from './deps.js';

/** Opens the ticket service's own resources; runService connects the bus. */
export function openDeps(config: TicketsConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('tickets', config.LOG_LEVEL);
  const deps: TicketsDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    busConnected,
    metrics: createMetricsRegistry('tickets'),
    assigner: createAssigner(db, logger),
    mailer: createMailer(config.SMTP_URL, config.CUSTOMER_MAIL_FROM),
    storage: openObjectStorage(config),
  };
  const close = async () => {
    await deps.assigner.stop();
    deps.mailer.close();
    deps.storage.close();
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
