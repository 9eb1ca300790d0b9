import { createTokenVerifier, registerAuthentication } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { AuthDeps } from './deps.js';
import { agentsRoutes } from './http/agents.routes.js';
import { authRoutes } from './http/auth.routes.js';

/** The auth service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: AuthDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'auth',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  // The auth service verifies its own tokens from its key ring, not over HTTP.
  registerAuthentication(
    app,
    createTokenVerifier(deps.keys.verificationKeys, config.JWT_ISSUER, deps.revokedUsers, deps.logger),
  );
  registerHealthz(app, serviceHealthChecks(deps));
  authRoutes(app, deps);
  agentsRoutes(app, deps);
  return app;
}
