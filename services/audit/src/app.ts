import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { AuditDeps } from './deps.js';
import { auditRoutes } from './http/audit.routes.js';

/** The audit service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: AuditDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'audit',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, serviceHealthChecks(deps));
  auditRoutes(app, deps);
  return app;
}
