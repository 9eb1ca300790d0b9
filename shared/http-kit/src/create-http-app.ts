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

/** The HTTP settings every process reads from its environment (see @switchboard/config processEnv). */
export type HttpEnv = { RATE_LIMIT_PER_MINUTE: number; CORS_ORIGIN: string; TRUST_PROXY: string };

export type HttpAppOptions = {
  service: string;
  /** The process logger (see createLogger), shared with the bus so lines look alike. */
  logger: Logger;
  /** Shares rate-limit counters between processes. */
  redis: Redis;
  env: HttpEnv;
};

function baseApp(opts: HttpAppOptions) {
  return Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    genReqId: (req) => correlationIdOf(req.headers),
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    bodyLimit: 1_048_576,
    trustProxy: opts.env.TRUST_PROXY.split(',').map((p) => p.trim()),
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
  await app.register(cors, corsOptions(opts.env.CORS_ORIGIN));
  await app.register(rateLimit, {
    max: opts.env.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    redis: opts.redis,
    nameSpace: `sb-rl-${opts.service}-`,
    errorResponseBuilder: (_req, ctx) => rateLimited(Math.ceil(ctx.ttl / 1000)),
  });
  return app;
}

function corsOptions(origin: string) {
  if (origin === '*') return { origin: true, credentials: false };
  return { origin: origin.split(',').map((o) => o.trim()), credentials: true };
}
