import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { correlationIdOf, registerCorrelation } from './correlation.js';
import { registerErrorHandlers } from './error-handler.js';
import { rateLimited } from './errors.js';

export type HttpAppOptions = {
  service: string;
  /** The process logger (see createLogger), shared with the bus so lines look alike. */
  logger: Logger;
  /** Successful requests per IP per minute (SPEC §2: generous, offices share an IP). */
  rateLimitPerMinute?: number;
  /** Shares rate-limit counters between processes when given. */
  redis?: Redis;
  corsOrigin?: string;
  bodyLimit?: number;
  /** Which proxies to trust for the client IP (proxy-addr syntax). */
  trustProxy?: string;
};

function baseApp(opts: HttpAppOptions) {
  return Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    genReqId: (req) => correlationIdOf(req.headers),
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    bodyLimit: opts.bodyLimit ?? 1_048_576,
    trustProxy: (opts.trustProxy ?? 'loopback').split(',').map((p) => p.trim()),
  }).withTypeProvider<ZodTypeProvider>();
}

export type HttpApp = ReturnType<typeof baseApp>;

/** The one Fastify shape every service and the gateway share (SPEC §2). */
export async function createHttpApp(opts: HttpAppOptions): Promise<HttpApp> {
  const app = baseApp(opts);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  registerCorrelation(app);
  await app.register(helmet, { global: true });
  await app.register(cors, corsOptions(opts.corsOrigin ?? '*'));
  await app.register(rateLimit, {
    max: opts.rateLimitPerMinute ?? 600,
    timeWindow: 60_000,
    ...(opts.redis ? { redis: opts.redis, nameSpace: `sb-rl-${opts.service}-` } : {}),
    errorResponseBuilder: (_req, ctx) => rateLimited(Math.ceil(ctx.ttl / 1000)),
  });
  return app;
}

function corsOptions(origin: string) {
  if (origin === '*') return { origin: true, credentials: false };
  return { origin: origin.split(',').map((o) => o.trim()), credentials: true };
}
