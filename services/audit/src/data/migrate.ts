import { runMigrations as run } from '@switchboard/db';

/** Applies the audit service's committed drizzle migrations to `databaseUrl`. */
export const runMigrations = (databaseUrl: string) =>
  run(databaseUrl, new URL('../../drizzle', import.meta.url));
