import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { AuthConfig } from './config.js';
import type { Db } from './data/db.js';
import type { LoginAttempts } from './data/login-attempts.store.js';
import type { KeyRing } from './keys/key-ring.js';

/** Everything the auth service's app needs, wired by main.ts (or a test). */
export type AuthDeps = {
  config: AuthConfig;
  logger: Logger;
  db: Db;
  pool: pg.Pool;
  redis: Redis;
  keys: KeyRing;
  loginAttempts: LoginAttempts;
  /** Health of the event bus, reported at /healthz. */
  busConnected: () => boolean;
};
