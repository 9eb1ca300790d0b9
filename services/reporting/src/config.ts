import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

const reportingEnv = serviceEnv({ port: 4004, database: 'switchboard_reporting' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
  METRICS_PUSH_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(1_000)
    .describe('How often changed dashboards are pushed as metrics.updated: at most once per tenant'),
  METRICS_REFRESH_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(60_000)
    .describe('How often every dashboard is recomputed without a change, so a new local day shows'),
  SMTP_URL: z
    .string()
    .default('smtp://127.0.0.1:1025')
    .describe('Where report emails go; the default is the local mail catcher (local development only)'),
  MAIL_FROM: z.string().default('Switchboard Reports <reports@switchboard.local>'),
  JOB_FILES_DIR: z
    .string()
    .default(join(tmpdir(), 'switchboard-job-files'))
    .describe('Where export files are written (per tenant, per job); replicas need a shared volume'),
  JOB_RETRY_DELAY_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(2_000)
    .describe('Delay before a failed job attempt is retried, doubled each time'),
  SCHEDULE_SCAN_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(60_000)
    .describe('How often scheduled reports are checked for a period not yet sent'),
});

export type ReportingConfig = z.infer<typeof reportingEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): ReportingConfig =>
  loadConfig(reportingEnv, env);
