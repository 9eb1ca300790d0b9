import { type Logger, pino } from 'pino';

/**
 * One structured logger per process; every line names its service. Lines are written
 * asynchronously: a synchronous write per line (pino's default for stdout) cost the API a system
 * call for each of the two lines every request logs (docs/performance.md). Pino flushes what is
 * buffered when the process exits; a kill -9 can lose the last few milliseconds of lines.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino(
    { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: false }),
  );
}
