import { randomBytes } from 'node:crypto';
import { dropPglite, pgliteUrl } from '@switchboard/db';
import pg from 'pg';
import { embeddedMode } from './mode.js';

const defaultAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

/**
 * A fresh database per test file, so runs never collide: in PGlite, in memory, in embedded mode;
 * otherwise on the shared server unless `adminUrl` names another (the chaos suite's private one).
 */
export async function createTestDatabase(label: string, adminUrl = defaultAdminUrl): Promise<TestDatabase> {
  const name = `sbt_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (embeddedMode) {
    const url = pgliteUrl('memory', name);
    return { url, name, drop: () => dropPglite(url) };
  }
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => dropTestDatabase(name, adminUrl),
  };
}

/** Drops a database on the server of `adminUrl` (also those a test had `./manage.sh` create). */
export async function dropTestDatabase(name: string, adminUrl = defaultAdminUrl): Promise<void> {
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function withAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
