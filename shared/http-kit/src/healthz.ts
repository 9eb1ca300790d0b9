import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type HealthChecks = Record<string, () => Promise<unknown>>;

/**
 * Readiness, `GET /healthz` (alias `/readyz`): 200 when every dependency answers, else 503, each
 * named — take traffic away, do not restart. Liveness, `GET /livez`: 200 while the process can
 * answer at all — restart only when this fails.
 */
export function registerHealthz(app: FastifyInstance, checks: HealthChecks): void {
  app.get('/livez', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));
  app.get('/healthz', { config: { rateLimit: false } }, readiness(checks));
  app.get('/readyz', { config: { rateLimit: false } }, readiness(checks));
}

function readiness(checks: HealthChecks) {
  return async (_request: FastifyRequest, reply: FastifyReply) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), 2_000);
          return [name, 'up'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const ok = entries.every(([, state]) => state === 'up');
    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'degraded', checks: Object.fromEntries(entries) });
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
