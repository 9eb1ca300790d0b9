import { readConfig } from '../config.js';
import { seedDemo } from './seed.js';

const outcome = await seedDemo(readConfig());
console.log(`auth: demo tenant ${outcome === 'created' ? 'created' : 'already present'}`);
