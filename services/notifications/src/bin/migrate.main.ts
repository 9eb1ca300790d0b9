import { readConfig } from '../config.js';
import { prepare } from './prepare.js';

await prepare(readConfig());
console.log('notifications: migrations applied, queue provisioned');
