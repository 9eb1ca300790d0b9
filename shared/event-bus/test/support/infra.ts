import { connectDb, type DbPool, runMigrations } from '@switchboard/db';
import { createTestDatabase, createTestVhost, type TestDatabase, type TestVhost } from '@switchboard/testing';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

export type Infra = {
  database: TestDatabase;
  vhost: TestVhost;
  pool: DbPool;
  db: NodePgDatabase;
  teardown(): Promise<void>;
};

const migrationsFolder = new URL('../../drizzle', import.meta.url);

/**
 * A fresh database (with the package's own migration applied, plus a test `applied` table that
 * handlers write their effects to) and a fresh vhost, so test files never see each other.
 */
export async function startInfra(label: string): Promise<Infra> {
  const database = await createTestDatabase(label);
  const vhost = await createTestVhost(label);
  await runMigrations(database.url, migrationsFolder);
  const { pool, db } = connectDb(database.url, {});
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
