import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

const authEnv = serviceEnv({ port: 4001, database: 'switchboard_auth' }).extend({
  JWT_ISSUER: z.string().default('switchboard'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** A rotated refresh token presented again this soon is a race (two tabs), not theft. */
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().min(0).max(30).default(2),
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(100),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().positive().default(900),
  REDIS_KEY_PREFIX: z.string().default('sb:auth:'),
  /** How long a cached agent list and the agent stats live (reference/002 §8.2, §11.1). */
  CACHE_TTL_AGENTS: z.coerce.number().int().min(1).default(120),
  CACHE_TTL_STATS: z.coerce.number().int().min(1).default(300),
});

export type AuthConfig = z.infer<typeof authEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): AuthConfig => loadConfig(authEnv, env);
