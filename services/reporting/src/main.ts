import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import { readConfig } from './config.js';
import { start } from './start.js';

const config = readConfig();
const tracing = startTracing('reporting', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const reporting = await start(config);
closeOnSignal(reporting.logger, [reporting.stop, () => tracing.shutdown()]);
