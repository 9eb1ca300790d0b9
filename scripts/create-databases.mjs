/*
 * Creates each database named by a connection URL if it does not exist yet.
 * Connects to the same server's `postgres` maintenance database (or `template1`).
 * Usage: node scripts/create-databases.mjs postgres://host:5432/switchboard_auth [...]
 */
import pg from 'pg';
import { describeError, redact, withDatabase } from './lib.mjs';

const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505'; // two creators racing on pg_database
const INVALID_CATALOG_NAME = '3D000';
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

async function connectAdmin(url) {
  for (const database of ['postgres', 'template1']) {
    const client = new pg.Client({
      connectionString: withDatabase(url, database),
      connectionTimeoutMillis: 5000,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => {});
      if (err?.code !== INVALID_CATALOG_NAME) throw err;
    }
  }
  throw new Error(`no postgres or template1 database at ${redact(url)}`);
}

async function ensureDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!NAME.test(name)) throw new Error(`refusing database name "${name}" in ${redact(url)}`);
  const client = await connectAdmin(url);
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount > 0) return `exists   ${name}`;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
      return `created  ${name}`;
    } catch (err) {
      if (err?.code === DUPLICATE_DATABASE || err?.code === UNIQUE_VIOLATION) return `exists   ${name}`;
      throw err;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: node scripts/create-databases.mjs <database-url>...');
  process.exit(2);
}

let failed = false;
for (const url of urls) {
  try {
    console.log(`  ${await ensureDatabase(url)}`);
  } catch (err) {
    failed = true;
    console.error(`  FAILED   ${redact(url)}: ${describeError(err)}`);
  }
}
process.exit(failed ? 1 : 0);
