import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

const ticketsEnv = serviceEnv({ port: 4002, database: 'switchboard_tickets' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
  PUBLIC_URL: z
    .url()
    .default('http://127.0.0.1:8080')
    .describe('The gateway, as customers and channels reach it'),
  SLA_SCAN_INTERVAL_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15_000)
    .describe('How often SLA clocks are checked'),
  ASSIGNMENT_SWEEP_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(5_000)
    .describe('How often NEW and unanswered tickets are swept for auto-assignment'),
});

export type TicketsConfig = z.infer<typeof ticketsEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): TicketsConfig =>
  loadConfig(ticketsEnv, env);
