import { randomBytes } from 'node:crypto';
import {
  createTestDatabase,
  createTestVhost,
  freePort,
  type RunningProcess,
  runToCompletion,
  startProcess,
  waitFor,
} from '@switchboard/testing';

export type Call = (
  method: string,
  path: string,
  opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<{ status: number; headers: Headers; body: any }>;

type Env = Record<string, string>;
type StackOptions = {
  gateways?: number;
  gatewayEnv?: Env;
  authEnv?: Env;
  ticketsEnv?: Env;
  presenceEnv?: Env;
};

/** Migrates a service's fresh database and starts it, as `./manage.sh start` does. */
async function startService(name: 'auth' | 'tickets' | 'presence', env: Env) {
  const database = await createTestDatabase(`gw_${name}`);
  await runToCompletion(`services/${name}/src/data/migrate.main.ts`, { ...env, DATABASE_URL: database.url });
  const process = startProcess(`services/${name}/src/main.ts`, { ...env, DATABASE_URL: database.url });
  return { database, process };
}

/**
 * The real processes over fresh databases, a vhost and a Redis key prefix: the auth and ticket
 * services and `gateways` gateway processes in front of them.
 */
export async function startStack(options: StackOptions = {}) {
  const vhost = await createTestVhost('gateway');
  const [authPort, ticketsPort, presencePort] = [await freePort(), await freePort(), await freePort()];
  const prefix = `sbt:${randomBytes(4).toString('hex')}:`;
  const common = {
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'warn',
    REDIS_KEY_PREFIX: prefix,
    STREAM_KEY_PREFIX: `${prefix}rt:`,
    HEARTBEAT_KEY_PREFIX: prefix,
  };
  const urls = {
    AUTH_URL: `http://127.0.0.1:${authPort}`,
    TICKETS_URL: `http://127.0.0.1:${ticketsPort}`,
    PRESENCE_URL: `http://127.0.0.1:${presencePort}`,
  };
  const auth = await startService('auth', { ...common, PORT: String(authPort), ...options.authEnv });
  const ticketsEnv = {
    ...common,
    ...urls,
    PORT: String(ticketsPort),
    SLA_SCAN_INTERVAL_MS: '300',
    ...options.ticketsEnv,
  };
  const presenceEnv = { ...common, ...urls, PORT: String(presencePort), ...options.presenceEnv };
  const [tickets, presence] = await Promise.all([
    startService('tickets', ticketsEnv),
    startService('presence', presenceEnv),
  ]);
  const output = () => `${auth.process.output()}\n${tickets.process.output()}\n${presence.process.output()}`;

  const gateways: { port: number; url: string; process: RunningProcess }[] = [];
  /** Starts a gateway process (again, on the same port, when given one) and waits until it is healthy. */
  const startGateway = async (port?: number) => {
    const gatewayPort = port ?? (await freePort());
    const process = startProcess('gateway/src/main.ts', {
      ...common,
      ...urls,
      PORT: String(gatewayPort),
      ...options.gatewayEnv,
    });
    const url = `http://127.0.0.1:${gatewayPort}`;
    const healthy = async () => (await fetch(`${url}/healthz`)).ok;
    await waitFor(`gateway healthy on ${gatewayPort}`, healthy, 60_000).catch((err) => {
      throw new Error(`${err}\n${process.output()}\n${output()}`);
    });
    const gateway = { port: gatewayPort, url, process };
    gateways.push(gateway);
    return gateway;
  };
  for (let i = 0; i < (options.gateways ?? 1); i++) await startGateway();
  const baseUrl = gateways[0]?.url ?? '';

  const call: Call = async (method, path, opts = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };

  const stop = async () => {
    await Promise.all([
      ...gateways.map((g) => g.process.stop()),
      auth.process.stop(),
      tickets.process.stop(),
      presence.process.stop(),
    ]);
    await Promise.all([
      auth.database.drop(),
      tickets.database.drop(),
      presence.database.drop(),
      vhost.remove(),
    ]);
  };
  return {
    baseUrl,
    /** The presence service itself, for routes the gateway does not proxy. */
    call,
    auth: auth.process,
    tickets: tickets.process,
    presence: presence.process,
    ticketsDatabase: tickets.database,
    gateways,
    startGateway,
    database: auth.database,
    vhost,
    stop,
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
