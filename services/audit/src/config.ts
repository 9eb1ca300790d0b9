import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

/** Port and database of the audit service, and where tokens are checked. */
const auditEnv = serviceEnv({ port: 4007, database: 'switchboard_audit' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
});

export type AuditConfig = z.infer<typeof auditEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): AuditConfig => loadConfig(auditEnv, env);
