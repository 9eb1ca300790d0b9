import { createTokenVerifier, remoteKeys, revokedUsers } from '@switchboard/auth-verify';
import { createHttpApp, registerHealthz } from '@switchboard/http-kit';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config.js';
import { registerApiVersion } from './http/api-version.js';
import { docsRoutes } from './http/docs.routes.js';
import { proxyRoutes } from './http/proxy.routes.js';
import { registerRouteLimits, routeLimitsOf } from './http/route-limits.js';
import { surveyPageRoutes } from './http/survey-page.routes.js';
import { upstreamsOf } from './http/upstreams.js';
import { webAppRoutes } from './http/web-app.js';
import type { Metrics } from './metrics.js';

export type GatewayDeps = {
  config: GatewayConfig;
  logger: Logger;
  redis: Redis;
  metrics: Metrics;
  busConnected: () => boolean;
};

/**
 * The single public port's HTTP side: `/api/*` routed to the services (docs/api.md §1), the API reference
 * at /docs, /metrics, the CSAT survey page at /csat/:token and the web app at `/`. Never listens by itself.
 */
export async function buildApp(deps: GatewayDeps) {
  const { config } = deps;
  const app = await createHttpApp({
    service: 'gateway',
    logger: deps.logger,
    redis: deps.redis,
    env: config,
    metrics: deps.metrics.registry,
  });
  const upstreams = upstreamsOf(config);
  registerApiVersion(app);
  registerRouteLimits(app, {
    redis: deps.redis,
    keyPrefix: `${config.RATE_LIMIT_KEY_PREFIX}gateway:`,
    verify: createTokenVerifier(
      remoteKeys(`${config.AUTH_URL}/api/auth/.well-known/jwks.json`),
      config.JWT_ISSUER,
      revokedUsers(deps.redis, config.REVOKED_USERS_KEY_PREFIX),
      deps.logger,
    ),
    limits: routeLimitsOf(config),
  });
  registerHealthz(app, {
    redis: () => deps.redis.ping(),
    rabbitmq: async () => {
      if (!deps.busConnected()) throw new Error('bus disconnected');
    },
    ...Object.fromEntries(Object.entries(upstreams).map(([name, url]) => [name, () => upstreamHealthy(url)])),
  });
  await docsRoutes(app, upstreams);
  await proxyRoutes(app, upstreams, config.UPSTREAM_TIMEOUT_MS);
  await surveyPageRoutes(app, config.TICKETS_URL, config.UPSTREAM_TIMEOUT_MS);
  await webAppRoutes(app, config.WEB_DIST_DIR);
  return app;
}

async function upstreamHealthy(url: string): Promise<void> {
  const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_500) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
}
