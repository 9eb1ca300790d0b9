import { readConfig } from '../config.js';
import { openDeps } from '../wiring.js';
import { seedDemoHistory } from './seed-history.js';

// Run by `./manage.sh start` once the stack is healthy (docs/decisions.md: the demo history).
const config = readConfig();
const { deps, close } = openDeps(config);
try {
  const started = Date.now();
  const { outcome, steps } = await seedDemoHistory(deps, config.AUTH_URL);
  const took = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `tickets: demo history ${outcome === 'created' ? `replayed (${steps} steps, ${took} s)` : 'already present'}`,
  );
} finally {
  await close();
}
