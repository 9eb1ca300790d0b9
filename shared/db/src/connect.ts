import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { connectPglite, isPgliteUrl } from './pglite.js';
import type { DbPool } from './pool.js';
import { connectPostgres } from './postgres.js';

/**
 * A service's pool and drizzle handle over its own database, chosen by the URL's scheme:
 * `postgres://` a Postgres server, `pglite://` embedded Postgres in this process (embedded mode).
 */
export function connectDb<S extends Record<string, unknown>>(
  url: string,
  schema: S,
  max = 10,
): { pool: DbPool; db: NodePgDatabase<S> } {
  if (isPgliteUrl(url)) {
    const { pool, db } = connectPglite(url, schema);
    return { pool, db };
  }
  return connectPostgres(url, schema, max);
}

/** Applies a service's committed drizzle migrations (its `drizzle/` folder, given as a file URL). */
export async function runMigrations(url: string, migrationsFolder: URL): Promise<void> {
  const config = { migrationsFolder: fileURLToPath(migrationsFolder) };
  const { pool, db } = connectDb(url, {}, 1);
  try {
    if (isPgliteUrl(url)) await migratePglite(db as unknown as PgliteDatabase, config);
    else await migratePostgres(db, config);
  } finally {
    await pool.end();
  }
}

/** Postgres unique_violation, whether raw or wrapped by drizzle. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const pgErr = (err as { cause?: unknown })?.cause ?? err;
  const { code, constraint: name } = (pgErr ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (!constraint || name === constraint);
}

/** The transaction drizzle hands to `db.transaction(fn)`, or the db itself: repositories take either. */
export type TxOf<Db extends NodePgDatabase<Record<string, unknown>>> =
  | Parameters<Parameters<Db['transaction']>[0]>[0]
  | Db;
