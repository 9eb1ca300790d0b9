import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import type { Logger } from 'pino';

type Started = { logger: Logger; stop(): Promise<void> };

/**
 * A process's `main`: reads its config, starts tracing, starts the process and, on SIGTERM or
 * SIGINT, stops it and flushes the traces last.
 */
export async function runMain<C extends { OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined }>(
  name: string,
  readConfig: () => C,
  start: (config: C) => Promise<Started>,
): Promise<void> {
  const config = readConfig();
  const tracing = startTracing(name, config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const running = await start(config);
  closeOnSignal(running.logger, [running.stop, () => tracing.shutdown()]);
}
