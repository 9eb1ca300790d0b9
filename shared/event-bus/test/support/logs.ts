import { type Logger, pino } from 'pino';

export type LogLine = { level: number; msg: string; [key: string]: unknown };

/** A real pino logger whose lines the test can read back (set BUS_TEST_LOGS=1 to also print them). */
export function captureLogs(): { logger: Logger; lines: LogLine[]; find(msg: string): LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        lines.push(JSON.parse(line) as LogLine);
        if (process.env.BUS_TEST_LOGS) process.stdout.write(line);
      },
    },
  );
  return { logger, lines, find: (msg) => lines.filter((l) => l.msg === msg) };
}
