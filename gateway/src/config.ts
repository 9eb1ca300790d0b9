import { loadConfig, localDefaults, port } from '@switchboard/config';
import { z } from 'zod';

const gatewayEnv = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: port(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AMQP_URL: z.url().default(localDefaults.amqpUrl),
  REDIS_URL: z.url().default(localDefaults.redisUrl),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  CORS_ORIGIN: z.string().default('*'),
  AUTH_URL: z.url().default('http://127.0.0.1:4001'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
});

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig =>
  loadConfig(gatewayEnv, env);
