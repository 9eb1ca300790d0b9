import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/** A service's pool and drizzle handle over its own database. */
export function connectDb<S extends Record<string, unknown>>(url: string, schema: S, max = 10) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db: NodePgDatabase<S> = drizzle(pool, { schema });
  return { pool, db };
}

/** Applies a service's committed drizzle migrations (its `drizzle/` folder, given as a file URL). */
export async function runMigrations(url: string, migrationsFolder: URL): Promise<void> {
  const { pool, db } = connectDb(url, {}, 1);
  try {
    await migrate(db, { migrationsFolder: fileURLToPath(migrationsFolder) });
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
