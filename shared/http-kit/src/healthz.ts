import type { FastifyInstance } from 'fastify';

export type HealthChecks = Record<string, () => Promise<unknown>>;

/** `GET /healthz`: 200 when every dependency answers, else 503, each named. */
export function registerHealthz(app: FastifyInstance, checks: HealthChecks): void {
  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) => {
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
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
