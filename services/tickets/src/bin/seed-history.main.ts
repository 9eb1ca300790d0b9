import { runSeed } from '@switchboard/service-runtime';
import { readConfig } from '../config.js';
import { openDeps } from '../wiring.js';
import { seedDemoHistory } from './seed-history.js';

// Run by `./manage.sh start` once the stack is healthy (docs/decisions.md: the demo history).
const config = readConfig();
await runSeed(
  'tickets: demo history',
  () => openDeps(config),
  (deps) => seedDemoHistory(deps, config.AUTH_URL),
);
