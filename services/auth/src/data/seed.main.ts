import { readConfig } from '../config.js';
import { openDeps } from '../wiring.js';
import { seedDemoTenant } from './seed.js';

const { deps, close } = await openDeps(readConfig());
try {
  const outcome = await seedDemoTenant(deps);
  console.log(`auth: demo tenant ${outcome === 'created' ? 'created' : 'already present'}`);
} finally {
  await close();
}
