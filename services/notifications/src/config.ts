import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

/** Port and database of the service, and where tokens are checked. */
const notificationsEnv = serviceEnv({ port: 4006, database: 'switchboard_notifications' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
});

export type NotificationsConfig = z.infer<typeof notificationsEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): NotificationsConfig =>
  loadConfig(notificationsEnv, env);
