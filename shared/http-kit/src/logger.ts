import { type Logger, pino } from 'pino';

/** One structured logger per process; every line names its service. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
