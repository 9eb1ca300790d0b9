import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const CORRELATION_HEADER = 'x-correlation-id';
const safeId = /^[\w.:-]{1,128}$/;

/** Takes the caller's correlation id when it is sane, else mints one. */
export function correlationIdOf(headers: FastifyRequest['headers']): string {
  const given = headers[CORRELATION_HEADER];
  return typeof given === 'string' && safeId.test(given) ? given : randomUUID();
}

/** The request id is the correlation id, so every log line of a request carries it. */
export function registerCorrelation(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
}
