import { loadConfig, processEnv } from '@switchboard/config';
import { z } from 'zod';

const gatewayEnv = processEnv(8080).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
});

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig =>
  loadConfig(gatewayEnv, env);
