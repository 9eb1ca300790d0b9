import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { drizzle } from 'drizzle-orm/pglite';
import type { DbPool, DbSession } from './pool.js';

/*
 * Embedded Postgres (PGlite: Postgres compiled to WebAssembly, in this process). One instance per
 * URL in the process, shared by whoever opens it — the migrator, the service, a test — because an
 * in-memory database exists only inside its instance and a data directory allows one instance.
 *   pglite:///abs/dir      kept on disk in that directory
 *   pglite://memory/<name> in memory, gone with the process
 */
const instances = new Map<string, { pglite: PGlite; users: number }>();

/** The embedded database kept in `dir`, or in memory under `name` when `dir` is 'memory'. */
export const pgliteUrl = (dir: string, name: string): string =>
  dir === 'memory' ? `pglite://memory/${name}` : `pglite://${pathToFileURL(join(dir, name)).pathname}`;

export const isPgliteUrl = (url: string): boolean => new URL(url).protocol === 'pglite:';

function open(url: string): PGlite {
  const known = instances.get(url);
  if (known) {
    known.users++;
    return known.pglite;
  }
  const { host, pathname } = new URL(url);
  const pglite = host === 'memory' ? new PGlite() : new PGlite(decodeURIComponent(pathname));
  instances.set(url, { pglite, users: 1 });
  return pglite;
}

/** The last user closes a database on disk; one in memory stays, as a server keeps its databases. */
async function close(url: string): Promise<void> {
  const known = instances.get(url);
  if (!known || --known.users > 0 || new URL(url).host === 'memory') return;
  instances.delete(url);
  await known.pglite.close();
}

/** Drops an in-memory database (the embedded DROP DATABASE), whoever still holds it. */
export async function dropPglite(url: string): Promise<void> {
  const known = instances.get(url);
  instances.delete(url);
  await known?.pglite.close();
}

export function connectPglite<S extends Record<string, unknown>>(url: string, schema: S) {
  const pglite = open(url);
  // The same query builder as node-postgres; only execute()'s raw result differs, and both carry
  // `rows`, the one field the services read. Typed as one so every service keeps one Db type.
  const db = drizzle(inTransactionScope(pglite), { schema }) as unknown as NodePgDatabase<S>;
  const pool: DbPool = {
    query: (sql) => pglite.query(sql),
    session: async () => sessionOf(pglite),
    end: () => close(url),
  };
  return { pool, db, pglite };
}

/**
 * PGlite runs one transaction at a time and queues every other query behind it, so work made on
 * the database (not the transaction) from inside a transaction's own work would wait for itself
 * forever — on a server it simply takes another connection. Such work runs inside the open
 * transaction instead: a query as it is, a transaction under a savepoint of its own (its failure
 * undoes only its part), and the outer transaction commits only once that side work has ended,
 * even when nobody awaits it (a kicked assignment pass). The one difference from a server: it sees
 * the outer transaction's writes, and they commit together.
 */
type Scope = { tx: Transaction; open: boolean; joined: Set<Promise<unknown>>; savepoints: number };

function inTransactionScope(pglite: PGlite): PGlite {
  const scope = new AsyncLocalStorage<Scope>();
  const current = () => {
    const store = scope.getStore();
    return store?.open ? store.tx : pglite;
  };

  const begin = <T>(work: (tx: Transaction) => Promise<T>) =>
    pglite.transaction(async (tx) => {
      const store: Scope = { tx, open: true, joined: new Set(), savepoints: 0 };
      try {
        const result = await scope.run(store, () => work(tx));
        while (store.joined.size > 0) await Promise.allSettled([...store.joined]);
        return result;
      } finally {
        store.open = false; // anything still running on its own goes back to the database
      }
    });

  const join = <T>(outer: Scope, work: (tx: Transaction) => Promise<T>) => {
    const savepoint = `sb_joined_${++outer.savepoints}`;
    const run = (async () => {
      await outer.tx.query(`savepoint ${savepoint}`);
      try {
        const result = await work(outer.tx);
        await outer.tx.query(`release savepoint ${savepoint}`);
        return result;
      } catch (err) {
        if (outer.open) await outer.tx.query(`rollback to savepoint ${savepoint}`);
        throw err;
      }
    })();
    outer.joined.add(run);
    const done = () => outer.joined.delete(run);
    run.then(done, done);
    return run;
  };

  const client = {
    query: (...args: Parameters<PGlite['query']>) => current().query(...args),
    exec: (...args: Parameters<PGlite['exec']>) => current().exec(...args),
    transaction: <T>(work: (tx: Transaction) => Promise<T>) => {
      const outer = scope.getStore();
      return outer?.open ? join(outer, work) : begin(work);
    },
  };
  return client as unknown as PGlite;
}

/** PGlite is a single backend: a "session" is the instance itself, and it never breaks on its own. */
function sessionOf(pglite: PGlite): DbSession {
  const unsubscribe: (() => void)[] = [];
  return {
    query: (sql) => pglite.query(sql),
    onNotification: (listener) => unsubscribe.push(pglite.onNotification(() => listener())),
    onError: () => undefined,
    release: () => {
      for (const stop of unsubscribe.splice(0)) stop();
    },
  };
}
