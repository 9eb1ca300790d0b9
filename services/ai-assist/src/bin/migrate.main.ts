import { readConfig } from '../config.js';
import { runMigrations } from '../data/migrate.js';

await runMigrations(readConfig().DATABASE_URL);
console.log('ai-assist: migrations applied');
