import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startAuth } from './service.js';

await runMain('auth', readConfig, startAuth);
