import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = NodePgDatabase<typeof schema>;
/** A database handle or an open transaction: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export function connectDb(url: string): { pool: pg.Pool; db: Db } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return { pool, db: drizzle(pool, { schema }) };
}

/** Postgres unique_violation, whether raw or wrapped by drizzle. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const pgErr = (err as { cause?: unknown })?.cause ?? err;
  const { code, constraint: name } = (pgErr ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (!constraint || name === constraint);
}
