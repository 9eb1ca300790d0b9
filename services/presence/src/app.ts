import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { PresenceDeps } from './deps.js';
import { attendanceRoutes } from './http/attendance.routes.js';
import { floorRoutes } from './http/floor.routes.js';
import { helpThreadRoutes } from './http/help-thread.routes.js';
import { presenceRoutes } from './http/presence.routes.js';
import { sessionsRoutes } from './http/sessions.routes.js';

/** The presence service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: PresenceDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'presence',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, serviceHealthChecks(deps));
  sessionsRoutes(app, deps);
  attendanceRoutes(app, deps);
  presenceRoutes(app, deps);
  floorRoutes(app, deps);
  helpThreadRoutes(app, deps);
  return app;
}
