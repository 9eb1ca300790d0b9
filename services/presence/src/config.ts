import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

const presenceEnv = serviceEnv({ port: 4003, database: 'switchboard_presence' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
  PRESENCE_GRACE_SECONDS: z.coerce
    .number()
    .min(0)
    .default(30)
    .describe('How long a user with no open socket stays online before going offline'),
  PRESENCE_SWEEP_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(2_000)
    .describe('How often users past the grace are taken offline'),
  IDLE_SESSION_SWEEP_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(60_000)
    .describe('How often open work sessions idle past the tenant limit are clocked out'),
  HEARTBEAT_KEY_PREFIX: z.string().default('sb:').describe('Shared with the gateways: their heartbeat keys'),
});

export type PresenceConfig = z.infer<typeof presenceEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): PresenceConfig =>
  loadConfig(presenceEnv, env);
