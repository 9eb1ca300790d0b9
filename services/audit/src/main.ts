import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startAudit } from './service.js';

await runMain('audit', readConfig, startAudit);
