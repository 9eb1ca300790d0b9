import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { start } from './start.js';

await runMain('gateway', readConfig, start);
