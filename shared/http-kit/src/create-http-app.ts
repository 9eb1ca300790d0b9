import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { httpSpans, tracingEnabled } from '@switchboard/tracing';
import Fastify, { type FastifyBaseLogger, type FastifyReply, LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { CORRELATION_HEADER, correlationIdOf, registerCorrelation } from './correlation.js';
import { registerErrorHandlers, toErrorBody } from './error-handler.js';
import { rateLimited } from './errors.js';
import { registerMetrics } from './metrics.js';
import { registerOpenApi } from './openapi.js';
import { registerStrictJson, registerTextEdge, urlRefused } from './text-edge.js';

/** The HTTP settings every process reads from its environment (see @switchboard/config processEnv). */
export type HttpEnv = {
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_KEY_PREFIX: string;
  CORS_ORIGINS: string[];
  TRUST_PROXY: string;
  METRICS_TOKEN?: string | undefined;
};

export type HttpAppOptions = {
  service: string;
  /** The process logger (see createLogger), shared with the bus so lines look alike. */
  logger: Logger;
  /** Shares rate-limit counters between processes. */
  redis: Redis;
  env: HttpEnv;
  /** Served at GET /metrics, with a latency histogram of every route added to it. */
  metrics: Registry;
};

function baseApp(opts: HttpAppOptions) {
  return Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    genReqId: (req) => correlationIdOf(req.headers),
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    bodyLimit: 1_048_576,
    trustProxy: opts.env.TRUST_PROXY.split(',').map((p) => p.trim()),
    // A path the router cannot decode (%FF) is refused in the docs/api.md §2 shape like any other.
    frameworkErrors: (_err, _request, reply) =>
      (reply as FastifyReply).status(400).send(toErrorBody(urlRefused()).body),
  }).withTypeProvider<ZodTypeProvider>();
}

export type HttpApp = ReturnType<typeof baseApp>;

/** The one Fastify shape every service and the gateway share (docs/api.md §2). */
export async function createHttpApp(opts: HttpAppOptions): Promise<HttpApp> {
  const app = baseApp(opts);
  // First, so that every route and hook registered after it runs inside the request's span.
  if (tracingEnabled()) await app.register(httpSpans());
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API and type the handlers; they never turn an answer into a 500
  // (docs/decisions.md, "Response schemas document answers"), so answers are serialized as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandlers(app);
  registerTextEdge(app);
  registerStrictJson(app);
  registerCorrelation(app);
  await registerOpenApi(app, opts.service);
  registerMetrics(app, opts.metrics, opts.env.METRICS_TOKEN);
  await app.register(helmet, { global: true });
  await app.register(cors, corsOptions(opts.env.CORS_ORIGINS));
  await app.register(rateLimit, {
    max: opts.env.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    redis: opts.redis,
    nameSpace: `${opts.env.RATE_LIMIT_KEY_PREFIX}${opts.service}:`,
    errorResponseBuilder: (_req, ctx) => rateLimited(Math.ceil(ctx.ttl / 1000)),
  });
  return app;
}

/** The methods and headers the API uses (docs/api.md §2); only listed origins are ever echoed. */
export const corsOptions = (origins: string[]) => ({
  origin: origins,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: ['authorization', 'content-type', 'accept-version', CORRELATION_HEADER],
  exposedHeaders: [
    'retry-after',
    'api-version',
    'ratelimit-limit',
    'ratelimit-remaining',
    'ratelimit-reset',
    CORRELATION_HEADER,
  ],
  // Bearer tokens only, no cookies (docs/security.md): credentials are never needed.
  credentials: false,
  maxAge: 600,
});
