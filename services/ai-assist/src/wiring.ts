import { createLogger, createMetricsRegistry } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import type { AiAssistConfig } from './config.js';
import { connectDb } from './data/db.js';
import type { AiAssistDeps } from './deps.js';
import { localProvider } from './providers/local.js';
import { openAiProvider } from './providers/openai.js';

/** Opens the AI assist service's own resources; runService connects the bus. */
export function openDeps(config: AiAssistConfig, busConnected: () => boolean = () => false) {
  const { pool, db } = connectDb(config.DATABASE_URL);
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const logger = createLogger('ai-assist', config.LOG_LEVEL);
  const deps: AiAssistDeps = {
    config,
    logger,
    db,
    pool,
    redis,
    busConnected,
    metrics: createMetricsRegistry('ai-assist'),
    // The openai provider keeps its per-tenant rate limit in itself: one for the process.
    providers: { local: localProvider, openai: openAiProvider(config) },
  };
  const close = async () => {
    redis.disconnect();
    await pool.end();
  };
  return { deps, close };
}
