import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import { readConfig } from './config.js';
import { start } from './start.js';

const config = readConfig();
const tracing = startTracing('gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const gateway = await start(config);
closeOnSignal(gateway.logger, [gateway.stop, () => tracing.shutdown()]);
