import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { ReportingDeps } from './deps.js';
import { jobsRoutes } from './http/jobs.routes.js';
import { reportsRoutes } from './http/reports.routes.js';
import { schedulesRoutes } from './http/schedules.routes.js';

/** The reporting service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: ReportingDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'reporting',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, serviceHealthChecks(deps));
  reportsRoutes(app, deps);
  jobsRoutes(app, deps);
  schedulesRoutes(app, deps);
  return app;
}
