import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import { readConfig } from './config.js';
import { start } from './start.js';

const config = readConfig();
const tracing = startTracing('tickets', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const tickets = await start(config);
closeOnSignal(tickets.logger, [tickets.stop, () => tracing.shutdown()]);
