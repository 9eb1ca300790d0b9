import type { RevokedUsers } from '@switchboard/auth-verify';
import type { DbPool } from '@switchboard/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AuthConfig } from './config.js';
import type { AgentCache } from './data/agent-cache.js';
import type { Db } from './data/db.js';
import type { LoginAttempts } from './data/login-attempts.store.js';
import type { KeyRing } from './keys/key-ring.js';

/** Everything the auth service's app needs, wired by main.ts (or a test). */
export type AuthDeps = {
  config: AuthConfig;
  logger: Logger;
  db: Db;
  pool: DbPool;
  redis: Redis;
  keys: KeyRing;
  loginAttempts: LoginAttempts;
  /** What every service's token check reads: deactivated users, current roles, ended sessions. */
  revokedUsers: RevokedUsers;
  /** Health of the event bus, reported at /healthz. */
  busConnected: () => boolean;
  /** Prometheus registry served at GET /metrics. */
  metrics: Registry;
  /** Agent lists and stats in Redis, per tenant generation. */
  agentCache: AgentCache;
};
