import { type Stack, startStack, waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addTallies, type Tally, tallySocket, tallyStores } from './support/accounting.js';
import { drain } from './support/drain.js';
import { type Fault, faults, type Servers } from './support/faults.js';
import { Edge } from './support/http.js';
import { Ledger } from './support/ledger.js';
import { levels } from './support/levels.js';
import { runLoad } from './support/load.js';
import { type LoadTenant, setUpTenant } from './support/load-tenants.js';
import { startPrivatePostgres, startPrivateRabbit, startPrivateRedis } from './support/private-servers.js';
import { deadProcesses, saveOutput, stackProcesses } from './support/process-logs.js';
import { seeded } from './support/random.js';
import { RedeliveryScraper } from './support/redeliveries.js';
import { type MatrixRow, writeReport } from './support/report.js';
import { ResumingSocket } from './support/resuming-socket.js';
import { readStores } from './support/stores.js';

/*
 * The fault matrix (docs/reliability.md): a scripted contact-center load over a real stack on
 * private servers, during which each component fails in turn at a seeded random moment; after
 * each fault everything drains and every acknowledged write is accounted for in every store.
 */
const level = levels[process.env.CHAOS_LEVEL ?? 'ci'] ?? (levels.ci as NonNullable<(typeof levels)['ci']>);
const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = seeded(seed);
/** CHAOS_ONLY=gateway,Redis runs just those rows (to work on one fault). */
const only = process.env.CHAOS_ONLY?.split(',').map((c) => c.trim().toLowerCase());
const matrix = only ? faults.filter((f) => only.includes(f.component.toLowerCase())) : faults;
const servers: Partial<Servers> = {};
const ledger = new Ledger();
const crashes: string[] = [];
const sockets: { tenant: LoadTenant; staying: ResumingSocket; returning: ResumingSocket }[] = [];
let stack: Stack;
let edge: Edge;
let scraper: RedeliveryScraper;
const tenants: LoadTenant[] = [];

/** The gateways that are up, as a load balancer's health checks would have them. */
const liveGateways = () => [
  ...new Set(
    stack.gateways
      .filter((g) => g.process.child.exitCode === null && !g.process.child.signalCode)
      .map((g) => g.url),
  ),
];

beforeAll(async () => {
  console.log(`fault matrix: level ${level.name}, seed ${seed}`);
  servers.postgres = await startPrivatePostgres();
  servers.redis = await startPrivateRedis();
  servers.rabbit = await startPrivateRabbit();
  stack = await startStack({
    gateways: 2,
    infra: { postgresUrl: servers.postgres.url, broker: servers.rabbit.broker, redisUrl: servers.redis.url },
    authEnv: { ACCESS_TOKEN_TTL_SECONDS: '14400' },
    ticketsEnv: { SLA_SCAN_INTERVAL_MS: '5000' },
    gatewayEnv: { STREAM_MAX_EVENTS: '100000' },
  });
  edge = new Edge(liveGateways);
  scraper = new RedeliveryScraper(stack);
  for (let i = 0; i < level.tenants; i++)
    tenants.push(await setUpTenant(stack, edge, i, level.agentsPerTenant));
  for (const tenant of tenants) {
    const staying = new ResumingSocket(
      `tenant ${tenant.index} staying socket`,
      liveGateways,
      tenant.admin.token,
    );
    const returning = new ResumingSocket(
      `tenant ${tenant.index} returning socket`,
      liveGateways,
      tenant.admin.token,
    );
    await Promise.all([staying.open(), returning.open()]);
    sockets.push({ tenant, staying, returning });
  }
  scraper.start();
}, 10 * 60_000);

afterAll(async () => {
  scraper?.stop();
  if (stack) await Promise.all(stackProcesses(stack).map(saveOutput));
  for (const { staying, returning } of sockets) {
    staying.close();
    returning.close();
  }
  await stack?.stop().catch((err) => console.error('stack stop failed', err));
  for (const server of [servers.rabbit, servers.redis, servers.postgres]) await server?.stop();
});

type Totals = { tally: Tally; events: number; redelivered: number; duplicates: number };

/** Everything so far, in every store and socket: rows are the differences between two of these. */
async function account(): Promise<Totals> {
  const { stores, streams, events } = await readStores(
    stack,
    servers.redis?.url ?? '',
    tenants.map((t) => t.tenantId),
  );
  const socketTallies = sockets.flatMap(({ tenant, staying, returning }) => {
    const records = streams.get(tenant.tenantId) ?? [];
    const rooms = [`tenant:${tenant.tenantId}`, `role:${tenant.tenantId}:admin`, `user:${tenant.admin.id}`];
    return [tallySocket(staying, records, rooms), tallySocket(returning, records, rooms)];
  });
  await scraper.scrape();
  return { tally: addTallies(tallyStores(ledger, stores), ...socketTallies), events, ...scraper.total() };
}

/** Sockets get the last events a little after the gateway's queue is empty. */
async function settle(): Promise<Totals> {
  let totals = await account();
  const caughtUp = async () => {
    totals = await account();
    return totals.tally.lost === 0;
  };
  await waitFor('sockets caught up', caughtUp, 20_000).catch(() => undefined);
  return totals;
}

async function runPhase(fault: Fault, round: number, before: Totals): Promise<[MatrixRow, Totals]> {
  const phase = `${fault.component.replace(/\W+/g, '')}${round}`;
  const plan = { ...level.plan, phase };
  const target = plan.ticketsPerTenant * level.tenants * 11; // writes per ticket
  const at = (fraction: number) => Math.floor(target * fraction);
  const faultAt = at(0.15 + 0.5 * random.next());
  const leaveAt = at(0.1 + 0.6 * random.next());
  const awayMs = 1_000 + Math.floor(random.next() * 4_000);
  let loading = true;
  const reached = (n: number) =>
    waitFor(`write ${n}`, () => !loading || ledger.count(phase) >= n, 10 * 60_000);
  const started = Date.now();
  const [, detail] = await Promise.all([
    runLoad(edge, ledger, tenants, plan).finally(() => (loading = false)),
    reached(faultAt).then(() => fault.inject({ stack, servers: servers as Servers, random })),
    reached(leaveAt).then(() => Promise.all(sockets.map((s) => s.returning.leaveFor(awayMs)))),
  ]);
  const crashed = await reviveCrashed();
  const drainStarted = Date.now();
  const drained = await drain(stack, servers.rabbit as NonNullable<Servers['rabbit']>, level.drainTimeoutMs);
  const after = await settle();
  const row: MatrixRow = {
    component: fault.component,
    how: fault.how,
    detail: `at write ${faultAt}, ${detail}; returning sockets away ${awayMs} ms${crashed}`,
    acked: ledger.count(phase, 'acked'),
    unacked: ledger.count(phase, 'unacked'),
    rejected: ledger.count(phase, 'rejected'),
    events: after.events - before.events,
    lost: after.tally.lost - before.tally.lost,
    twice: after.tally.twice - before.tally.twice,
    unexpected: after.tally.unexpected - before.tally.unexpected,
    order: after.tally.order - before.tally.order,
    leftover: drained.leftover + drained.backlog,
    deadLetters: drained.deadLetters,
    redelivered: after.redelivered - before.redelivered,
    duplicates: after.duplicates - before.duplicates,
    drainSeconds: Math.round((Date.now() - drainStarted) / 1000),
    examples: [],
  };
  // The examples are the run's so far: they belong to this row only if it missed something.
  if (row.lost + row.twice + row.unexpected + row.order > 0) row.examples = after.tally.examples;
  const byKind = (outcome: string) => {
    const counts: Record<string, number> = {};
    for (const w of ledger.writes) {
      if (w.phase === phase && w.outcome === outcome) counts[w.kind] = (counts[w.kind] ?? 0) + 1;
    }
    return counts;
  };
  console.log(
    `${fault.component}: ${Math.round((Date.now() - started) / 1000)} s`,
    JSON.stringify({ ...row, unackedBy: byKind('unacked'), rejectedBy: byKind('rejected') }),
  );
  return [row, after];
}

/**
 * A process that died on its own during a phase is a crash: its output is kept, it is started
 * again so the matrix can go on, and the row says so (the test then fails).
 */
async function reviveCrashed(): Promise<string> {
  const dead = deadProcesses(stack);
  for (const named of dead) {
    const file = await saveOutput(named);
    console.error(`${named.name} crashed (exit ${named.process.child.exitCode}); output in ${file}`);
    const gateway = stack.gateways.find((g) => g.process === named.process);
    if (gateway) await stack.startGateway(gateway.port);
    else await stack.restart(named.name as 'auth' | 'tickets' | 'presence' | 'reporting');
  }
  crashes.push(...dead.map((d) => d.name));
  return dead.length ? `; CRASHED: ${dead.map((d) => d.name).join(', ')}` : '';
}

it('loses, repeats, invents and reorders nothing while each component fails in turn', async () => {
  const startedAt = new Date().toISOString();
  const started = Date.now();
  const rows: MatrixRow[] = [];
  // Set-up traffic is not part of any row: the sockets must have all of it before the first.
  let totals = await settle();
  for (let round = 1; round <= level.rounds; round++) {
    for (const fault of matrix) {
      const [row, after] = await runPhase(fault, round, totals);
      rows.push(row);
      totals = after;
    }
  }
  const run = {
    seed,
    level: level.name,
    startedAt,
    seconds: Math.round((Date.now() - started) / 1000),
    rows,
  };
  console.log(await writeReport(run, process.env.CHAOS_WRITE_DOC === '1'));
  const zeroes = rows.map(({ component, lost, twice, unexpected, order, leftover, examples }) => ({
    component,
    lost,
    twice,
    unexpected,
    order,
    leftover,
    examples,
  }));
  expect(zeroes).toEqual(rows.map(({ component }) => ({ component, ...noMisses })));
  expect(crashes).toEqual([]);
  if (!only) expect(rows.reduce((n, r) => n + r.events, 0)).toBeGreaterThanOrEqual(5_000);
});

const noMisses = { lost: 0, twice: 0, unexpected: 0, order: 0, leftover: 0, examples: [] };
