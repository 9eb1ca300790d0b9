import type { Stack } from '@switchboard/testing';
import { waitFor } from '@switchboard/testing';
import pg from 'pg';
import type { PrivateBroker, PrivateServer } from './private-servers.js';
import { saveOutput } from './process-logs.js';
import type { Random } from './random.js';

export type Servers = { postgres: PrivateServer; redis: PrivateServer; rabbit: PrivateBroker };
type FaultEnv = { stack: Stack; servers: Servers; random: Random };

/** One row of the matrix: what is broken and how; `inject` returns what exactly happened. */
export type Fault = { component: string; how: string; inject(env: FaultEnv): Promise<string> };

const services = ['auth', 'tickets', 'presence', 'reporting'] as const;
const downtime = (random: Random) => 500 + Math.floor(random.next() * 2_500);

/** kill -9, down a moment, started again on its port and database (as a supervisor would). */
const killService = (name: (typeof services)[number]): Fault => ({
  component: name,
  how: 'kill -9, restart',
  async inject({ stack, random }) {
    const down = downtime(random);
    await stack[name].stop('SIGKILL');
    await saveOutput({ name, process: stack[name] });
    await pause(down);
    await stack.restart(name);
    return `down ${down} ms`;
  },
});

/**
 * The relay runs inside each service: it is killed mid-burst by killing the tickets process at
 * the first moment its outbox holds committed, unpublished rows (the relay is publishing them).
 */
const killRelay: Fault = {
  component: 'outbox relay',
  how: 'kill -9 of tickets while its outbox has unpublished rows, restart',
  async inject({ stack, random }) {
    const client = new pg.Client({ connectionString: stack.databaseUrls.tickets });
    await client.connect();
    const backlog = async () =>
      (await client.query(`select count(*)::int as n from outbox where published_at is null`)).rows[0].n;
    let pending = 0;
    try {
      pending = await waitFor('an outbox burst', async () => (await backlog()) || false, 30_000);
    } finally {
      await client.end();
    }
    await stack.tickets.stop('SIGKILL');
    await saveOutput({ name: 'tickets', process: stack.tickets });
    const down = downtime(random);
    await pause(down);
    await stack.restart('tickets');
    return `${pending} unpublished rows at the kill, down ${down} ms`;
  },
};

/** One of the two gateways dies; its sockets fail over to the other and resume. */
const killGateway: Fault = {
  component: 'gateway',
  how: 'kill -9 of one of two gateways, restart',
  async inject({ stack, random }) {
    const live = stack.gateways.filter(
      (g) => g.process.child.exitCode === null && !g.process.child.signalCode,
    );
    const victim = live[Math.floor(random.next() * live.length)];
    if (!victim) throw new Error('no live gateway to kill');
    const down = downtime(random);
    await victim.process.stop('SIGKILL');
    await saveOutput({ name: `gateway-${victim.port}`, process: victim.process });
    await pause(down);
    await stack.startGateway(victim.port);
    return `gateway :${victim.port} down ${down} ms`;
  },
};

const restartServer = (component: string, how: string, pick: (s: Servers) => PrivateServer): Fault => ({
  component,
  how,
  async inject({ servers, random }) {
    const down = downtime(random);
    await pick(servers).restart(down);
    return `down ${down} ms`;
  },
});

/** The matrix's rows, in the order they run. */
export const faults: Fault[] = [
  ...services.map(killService),
  killRelay,
  killGateway,
  restartServer('RabbitMQ', 'rabbitmqctl stop_app, start_app', (s) => s.rabbit),
  restartServer('Redis', 'kill -9, restart (append-only file)', (s) => s.redis),
  restartServer('PostgreSQL', 'immediate stop (crash), restart', (s) => s.postgres),
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
