import { readConfig } from '../config.js';
import { runMigrations } from './migrate.js';

const config = readConfig();
await runMigrations(config.DATABASE_URL);
console.log('auth: migrations applied');
