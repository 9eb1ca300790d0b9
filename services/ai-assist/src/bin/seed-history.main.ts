import { runSeed } from '@switchboard/service-runtime';
import { readConfig } from '../config.js';
import { openDeps } from '../wiring.js';
import { seedDemoAiSettings } from './seed-history.js';

// Run by `./manage.sh start` once the stack is healthy (it asks auth who the demo tenant is).
const config = readConfig();
await runSeed(
  'ai-assist: demo settings',
  () => openDeps(config),
  (deps) => seedDemoAiSettings(deps, config.AUTH_URL),
);
