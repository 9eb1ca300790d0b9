import { z } from 'zod';

/*
 * Variables every process shares. The defaults point at the local
 * development stack (docs/api.md §1) and are for local development only.
 */
export const localDefaults = {
  postgresUrl: 'postgres://postgres@127.0.0.1:5432',
  amqpUrl: 'amqp://guest:guest@127.0.0.1:5672',
  redisUrl: 'redis://127.0.0.1:6379',
} as const;

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

/** A comma-separated variable as its trimmed, non-empty items, lower-cased unless told otherwise. */
export const commaList = (fallback = '', opts: { keepCase?: boolean } = {}) =>
  z
    .string()
    .default(fallback)
    .transform((list) =>
      list
        .split(',')
        .map((item) => (opts.keepCase ? item.trim() : item.trim().toLowerCase()))
        .filter(Boolean),
    );

/**
 * Browser origins allowed to call the API cross-origin: exact origins only, never `*` or `null`
 * (a sandboxed iframe's origin), so no other site's page can read answers. The default is the
 * app's own origins in local development (the gateway and the Vite dev server).
 */
const corsOrigins = commaList(
  'http://127.0.0.1:8080,http://localhost:8080,http://127.0.0.1:5173,http://localhost:5173',
  { keepCase: true },
)
  .pipe(
    z.array(
      z
        .string()
        .regex(/^https?:\/\/[^/\s*]+$/, 'must be an exact origin (scheme://host[:port]), not * or null'),
    ),
  )
  .describe('Comma-separated browser origins allowed to call the API');

/** What every process with an HTTP port reads: the gateway and each service. */
export const processEnv = (defaultPort: number) =>
  z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: port(defaultPort),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    AMQP_URL: z.url().default(localDefaults.amqpUrl),
    REDIS_URL: z.url().default(localDefaults.redisUrl),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    RATE_LIMIT_KEY_PREFIX: z
      .string()
      .default('sb:rl:')
      .describe('Redis key prefix of the shared rate-limit counters (one stack per prefix)'),
    REVOKED_USERS_KEY_PREFIX: z
      .string()
      .default('sb:revoked-user:')
      .describe('Redis key prefix of the deactivated users whose unexpired tokens are refused'),
    CORS_ORIGINS: corsOrigins,
    METRICS_TOKEN: z
      .preprocess((v) => (v === '' ? undefined : v), z.string().min(16).optional())
      .describe('Bearer token that GET /metrics requires; unset or empty, /metrics answers 404'),
    TRUST_PROXY: z
      .string()
      .default('loopback')
      .describe('Proxies trusted for the client IP (proxy-addr syntax)'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url()
      .optional()
      .describe('OTLP/HTTP collector base URL; traces are exported to its /v1/traces when set'),
  });

/** A service: a process with its own database. */
export const serviceEnv = (service: { port: number; database: string }) =>
  processEnv(service.port).extend({
    DATABASE_URL: z.url().default(`${localDefaults.postgresUrl}/${service.database}`),
  });
