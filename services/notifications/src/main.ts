import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startNotifications } from './service.js';

await runMain('notifications', readConfig, startNotifications);
