import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DbPool, DbSession } from './pool.js';

/** A node-postgres pool over a Postgres clients. */
export function connectPostgres<S extends Record<string, unknown>>(url: string, schema: S, max: number) {
  const clients = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server (restart, failover) must not crash the process; the pool replaces it.
  clients.on('error', () => undefined);
  // Nor a checked-out one (a transaction open when the server goes): pg emits 'error' on the
  // client besides failing its query, and the pool listens only while the client is idle.
  clients.on('connect', (client) => client.on('error', () => undefined));
  const db: NodePgDatabase<S> = drizzle(clients, { schema });
  const pool: DbPool = {
    query: (sql) => clients.query(sql),
    session: async () => sessionOf(await clients.connect()),
    end: () => clients.end(),
  };
  return { pool, db };
}

function sessionOf(client: pg.PoolClient): DbSession {
  return {
    query: (sql) => client.query(sql),
    onNotification: (listener) => client.on('notification', listener),
    onError: (listener) => client.on('error', listener),
    release: (destroy) => {
      client.removeAllListeners('notification');
      client.release(destroy);
    },
  };
}
