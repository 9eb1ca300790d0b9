import { readConfig } from '../config.js';
import { runMigrations } from './migrate.js';

await runMigrations(readConfig().DATABASE_URL);
console.log('tickets: migrations applied');
