import { readConfig } from '../config.js';
import { prepare } from './prepare.js';

await prepare(readConfig());
console.log('ai-assist: migrations applied, queue provisioned');
