import type { DbPool } from '@switchboard/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AiAssistConfig } from './config.js';
import type { Db } from './data/db.js';
import type { Provider, ProviderName } from './providers/provider.js';

/** Everything the AI assist service's app, consumer and jobs need, wired by wiring.ts (or a test). */
export type AiAssistDeps = {
  config: AiAssistConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
  /** One of each, built once: a tenant's settings pick which answers its messages. */
  providers: Record<ProviderName, Provider>;
};
