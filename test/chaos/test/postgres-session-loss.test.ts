import { connectDb } from '@switchboard/db';
import { createTestDatabase, embeddedMode, type TestDatabase, waitFor } from '@switchboard/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('db_loss');
});
afterAll(() => database?.drop());

/** What a Postgres restart does to every session: the server ends it. */
async function terminate(pid: number) {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query('select pg_terminate_backend($1)', [pid]);
  await admin.end();
}

// Found by the fault matrix (docs/reliability.md): a Postgres restart killed every service that
// had a transaction open, with an unhandled 'error' event from the pool's checked-out client.
it.skipIf(embeddedMode)(
  'a transaction whose server session ends fails, and the service lives on to serve the next one',
  async () => {
    const { pool, db } = connectDb(database.url, {});
    try {
      const transaction = db.transaction(async (tx) => {
        const { rows } = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        await terminate(Number(rows[0]?.pid));
        // The session is gone while the transaction waits on the service's own work.
        await waitFor('the session to end', async () => (await db.execute(sql`select 1`)).rows.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await tx.execute(sql`select 1`);
      });
      await expect(transaction).rejects.toThrow();
      const { rows } = await db.execute<{ ok: number }>(sql`select 1 as ok`);
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await pool.end();
    }
  },
);
