import { closeOnSignal } from '@switchboard/http-kit';
import { startTracing } from '@switchboard/tracing';
import { readConfig } from './config.js';
import { start } from './start.js';

const config = readConfig();
const tracing = startTracing('auth', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const auth = await start(config);
closeOnSignal(auth.logger, [auth.stop, () => tracing.shutdown()]);
