import { runSeed } from '@switchboard/service-runtime';
import { readConfig } from '../config.js';
import { openDeps } from '../wiring.js';
import { seedDemoSessions } from './seed-history.js';

// Run by `./manage.sh start` once the stack is healthy (docs/decisions.md: the demo history).
const config = readConfig();
await runSeed(
  'presence: demo sessions',
  () => openDeps(config),
  (deps) => seedDemoSessions(deps, config.AUTH_URL),
);
