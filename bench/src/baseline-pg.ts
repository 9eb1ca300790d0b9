import { createTestDatabase } from '@switchboard/testing';
import pg from 'pg';
import { log } from './machine.js';
import { perSecond, type Summary, summarize } from './stats.js';

/** The services' pool size (shared/db connectDb): the same number of concurrent connections. */
export const PG_CONNECTIONS = 10;

type OpResult = { opsPerSec: number; ops: number; errors: number; latencyMs: Summary };

/** Runs `op` on every connection in a loop for `durationMs`. */
async function loop(
  clients: pg.Client[],
  durationMs: number,
  label: string,
  op: (c: pg.Client) => Promise<unknown>,
) {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const progress = setInterval(() => log(`  ${label}: ${latencies.length} ops`), 2000);
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await op(client);
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  clearInterval(progress);
  const elapsed = performance.now() - started;
  return {
    opsPerSec: perSecond(latencies.length, elapsed),
    ops: latencies.length,
    errors,
    latencyMs: summarize(latencies),
  };
}

/** B_pg: single-row INSERT and primary-key SELECT on a scratch database, created and dropped here. */
export async function benchPg(
  durationMs: number,
): Promise<{ connections: number; insert: OpResult; select: OpResult }> {
  const database = await createTestDatabase('bench_pg');
  const clients = Array.from(
    { length: PG_CONNECTIONS },
    () => new pg.Client({ connectionString: database.url }),
  );
  try {
    await Promise.all(clients.map((c) => c.connect()));
    const [first] = clients;
    if (!first) throw new Error('no client');
    await first.query(`create table t (
      id uuid primary key default gen_random_uuid(), tenant_id uuid not null,
      subject text not null, status text not null, created_at timestamptz not null default now())`);
    const tenant = '00000000-0000-7000-8000-000000000001';
    const ids: string[] = [];
    const insert = await loop(clients, durationMs, 'B_pg insert', async (c) => {
      const res = await c.query(
        'insert into t (tenant_id, subject, status) values ($1, $2, $3) returning id',
        [tenant, 'Printer on fire', 'NEW'],
      );
      ids.push(res.rows[0].id);
    });
    let i = 0;
    const select = await loop(clients, durationMs, 'B_pg select', (c) =>
      c.query('select * from t where id = $1', [ids[i++ % ids.length]]),
    );
    return { connections: PG_CONNECTIONS, insert, select };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await database.drop();
  }
}
