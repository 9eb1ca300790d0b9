import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { unauthenticated } from './errors.js';

/** A process's Prometheus registry: Node's own metrics, every series labelled with the service. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * `GET /metrics` in the Prometheus text format, and a latency histogram of every request by
 * method, route pattern (never the raw URL, which would explode the series) and status. The
 * series name tenants, so only operators may read them: with `token`, a matching bearer token is
 * required (401 otherwise); without one the route is not served (404). docs/operations.md.
 */
export function registerMetrics(app: FastifyInstance, registry: Registry, token?: string): void {
  const duration = new Histogram({
    name: 'switchboard_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  if (!token) return;
  app.get('/metrics', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    if (!isBearer(request.headers.authorization, token)) throw unauthenticated('A metrics token is required');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

/** Constant-time, so the token cannot be guessed a byte at a time. */
function isBearer(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
