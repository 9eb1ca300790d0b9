import { registerAuthServiceTokens } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz, serviceHealthChecks } from '@switchboard/http-kit';
import type { AiAssistDeps } from './deps.js';
import { aiRoutes } from './http/ai.routes.js';

/** The AI assist service's HTTP app; never listens (main.ts or a test does). */
export async function buildApp(deps: AiAssistDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'ai-assist',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics,
  });
  registerAuthServiceTokens(app, deps);
  registerHealthz(app, serviceHealthChecks(deps));
  aiRoutes(app, deps);
  return app;
}
