import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDb, dropPglite, pgliteUrl } from '../src/index.js';

const rowsOf = async (db: ReturnType<typeof connectDb>['db'], query: ReturnType<typeof sql>) =>
  (await db.execute(query)).rows as Record<string, unknown>[];

describe('embedded Postgres (pglite:// URLs)', () => {
  const url = pgliteUrl('memory', `db_test_${Date.now()}`);
  afterAll(() => dropPglite(url));

  it('keeps an in-memory database after its last user leaves, until it is dropped', async () => {
    const first = connectDb(url, {});
    await first.db.execute(sql`create table notes (body text not null)`);
    await first.db.execute(sql`insert into notes values ('kept')`);
    await first.pool.end();
    const second = connectDb(url, {});
    expect(await rowsOf(second.db, sql`select body from notes`)).toEqual([{ body: 'kept' }]);
  });

  it('answers a query made on the database from inside a transaction, instead of waiting for itself', async () => {
    const { db } = connectDb(url, {});
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes values ('in flight')`);
      return rowsOf(db, sql`select count(*)::int as n from notes`);
    });
    expect(seen).toEqual([{ n: 2 }]);
  });

  it('runs a transaction begun inside another within it, awaited or left running, undoing only a failed one', async () => {
    const { db } = connectDb(url, {});
    let onTheSide: Promise<unknown> = Promise.resolve();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes values ('first')`);
      await db.transaction((nested) => nested.execute(sql`insert into notes values ('nested')`));
      const failing = db.transaction(async (nested) => {
        await nested.execute(sql`insert into notes values ('undone')`);
        throw new Error('nested work failed');
      });
      await expect(failing).rejects.toThrow('nested work failed');
      onTheSide = db.transaction(async (side) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await side.execute(sql`insert into notes values ('side')`);
      });
    });
    await onTheSide;
    const bodies = await rowsOf(db, sql`select body from notes order by body`);
    expect(bodies.map((r) => r.body)).toEqual(['first', 'in flight', 'kept', 'nested', 'side']);
  });

  it('keeps a database on disk across reopening it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-pglite-'));
    try {
      const onDisk = pgliteUrl(dir, 'service');
      const first = connectDb(onDisk, {});
      await first.db.execute(sql`create table kept (n int)`);
      await first.db.execute(sql`insert into kept values (7)`);
      await first.pool.end();
      const second = connectDb(onDisk, {});
      expect(await rowsOf(second.db, sql`select n from kept`)).toEqual([{ n: 7 }]);
      await second.pool.end();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
