import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startPresence } from './service.js';

await runMain('presence', readConfig, startPresence);
