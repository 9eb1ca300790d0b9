import type { Logger } from 'pino';
import type { HealthChecks } from './healthz.js';

/** The dependencies every service reports at /healthz: its database, Redis and the event bus. */
export function serviceHealthChecks(deps: {
  pool: { query(sql: string): Promise<unknown> };
  redis: { ping(): Promise<unknown> };
  busConnected: () => boolean;
}): HealthChecks {
  return {
    postgres: () => deps.pool.query('select 1'),
    redis: () => deps.redis.ping(),
    rabbitmq: async () => {
      if (!deps.busConnected()) throw new Error('bus disconnected');
    },
  };
}

type Closer = () => Promise<unknown> | unknown;

/** Runs `closers` in order; one that fails is logged and the rest still run. */
export async function runClosers(logger: Logger, closers: Closer[]): Promise<void> {
  for (const close of closers) {
    try {
      await close();
    } catch (err) {
      logger.warn({ err }, 'a shutdown step failed');
    }
  }
}

/**
 * On SIGTERM or SIGINT, runs `closers` in order — stop taking work first, let go of connections
 * last — then exits. A closer that fails is logged and the rest still run.
 */
export function closeOnSignal(logger: Logger, closers: Closer[]): void {
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await runClosers(logger, closers);
    await new Promise<void>((resolve) => logger.flush(() => resolve())); // lines still buffered
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Runs `work` every `intervalMs` (one run at a time, the next scheduled when one ends) until
 * stopped; a failed run is logged as `failure` and the next one tries again.
 */
export function repeat(work: () => Promise<unknown>, intervalMs: number, logger: Logger, failure: string) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = work()
        .then(() => undefined)
        .catch((err) => logger.warn({ err }, failure))
        .finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
