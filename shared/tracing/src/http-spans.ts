import { FastifyOtelInstrumentation } from '@fastify/otel';
import type { FastifyPluginCallback } from 'fastify';

const probes = ['/healthz', '/readyz', '/livez', '/metrics'];

/**
 * A span per HTTP request (Fastify's own OpenTelemetry plugin), continuing the caller's
 * `traceparent`; the process's name comes from startTracing's resource. Probes are left out (they
 * would bury the traces that matter), and so are per-hook spans (noise at this size).
 */
export function httpSpans(): FastifyPluginCallback {
  const instrumentation = new FastifyOtelInstrumentation({
    ignorePaths: (route) => probes.includes(route.url),
    instrumentHooks: false,
  });
  return instrumentation.plugin();
}
