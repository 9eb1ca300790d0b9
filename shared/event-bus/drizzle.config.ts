import { defineConfig } from 'drizzle-kit';

// Generates the package's own migration, used by its tests; services re-export the tables from
// their schema so their migrations create them in the service's database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/tables.ts',
  out: './drizzle',
});
