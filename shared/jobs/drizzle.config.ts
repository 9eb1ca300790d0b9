import { defineConfig } from 'drizzle-kit';

// The tests' migration (jobs with the outbox and inbox); a service re-exports the tables from its
// schema so its own migrations create them in its database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './test/support/schema.ts',
  out: './drizzle',
});
