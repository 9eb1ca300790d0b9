import { readConfig } from '../config.js';
import { prepare } from './prepare.js';

await prepare(readConfig());
console.log('audit: migrations applied, queue provisioned');
