import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startReporting } from './service.js';

await runMain('reporting', readConfig, startReporting);
