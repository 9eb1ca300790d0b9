import { fileURLToPath } from 'node:url';
import { createTestDatabase, createTestVhost, type TestDatabase, type TestVhost } from '@switchboard/testing';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type Infra = {
  database: TestDatabase;
  vhost: TestVhost;
  pool: pg.Pool;
  db: NodePgDatabase;
  teardown(): Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * A fresh database (with the package's own migration applied, plus a test `applied` table that
 * handlers write their effects to) and a fresh vhost, so test files never see each other.
 */
export async function startInfra(label: string): Promise<Infra> {
  const database = await createTestDatabase(label);
  const vhost = await createTestVhost(label);
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // pool.end() resolves before its idle connections finish closing; DROP DATABASE ... WITH (FORCE)
  // then terminates them, and an 'error' event without a listener would crash the test worker.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool });
  await migrate(db, { migrationsFolder });
  await db.execute(sql`
    create table applied (
      id bigserial primary key,
      consumer text not null,
      event_id uuid not null,
      applied_by text not null
    )`);
  return {
    database,
    vhost,
    pool,
    db,
    async teardown() {
      await pool.end().catch(() => undefined);
      await database.drop();
      await vhost.remove();
    },
  };
}
