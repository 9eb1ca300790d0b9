import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import { readConfig } from './config.js';
import { start } from './start.js';

const config = readConfig();
const tracing = startTracing('presence', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const presence = await start(config);
closeOnSignal(presence.logger, [presence.stop, () => tracing.shutdown()]);
