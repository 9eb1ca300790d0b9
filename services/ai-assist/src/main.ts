import { runMain } from '@switchboard/service-runtime';
import { readConfig } from './config.js';
import { startAiAssist } from './service.js';

await runMain('ai-assist', readConfig, startAiAssist);
