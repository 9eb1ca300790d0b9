import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startTickets } from './service.js';

await runMain('tickets', readConfig, startTickets);
