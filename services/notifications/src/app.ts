import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { NotificationsDeps } from './deps.js';
import { notificationRoutes } from './http/notifications.routes.js';

/** The notifications service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: NotificationsDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'notifications',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, serviceHealthChecks(deps));
  notificationRoutes(app, deps);
  return app;
}
