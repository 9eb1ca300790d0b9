import type { Logger } from 'pino';

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
