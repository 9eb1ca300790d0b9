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

/**
 * The real processes, as `./manage.sh start` runs them, over a fresh database, vhost and Redis
 * key prefix: the auth service and `gateways` gateway processes in front of it.
 */
export async function startStack(
  options: { gateways?: number; gatewayEnv?: Record<string, string>; authEnv?: Record<string, string> } = {},
) {
  const database = await createTestDatabase('gw_auth');
  const vhost = await createTestVhost('gateway');
  const authPort = await freePort();
  const prefix = `sbt:${randomBytes(4).toString('hex')}:`;
  const common = {
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'warn',
    REDIS_KEY_PREFIX: prefix,
    STREAM_KEY_PREFIX: `${prefix}rt:`,
  };
  await runToCompletion('services/auth/src/data/migrate.main.ts', { ...common, DATABASE_URL: database.url });
  const authEnv = { ...common, DATABASE_URL: database.url, PORT: String(authPort), ...options.authEnv };
  const auth = startProcess('services/auth/src/main.ts', authEnv);

  const gateways: { port: number; url: string; process: RunningProcess }[] = [];
  /** Starts a gateway process (again, on the same port, when given one) and waits until it is healthy. */
  const startGateway = async (port?: number) => {
    const gatewayPort = port ?? (await freePort());
    const env = {
      ...common,
      PORT: String(gatewayPort),
      AUTH_URL: `http://127.0.0.1:${authPort}`,
      ...options.gatewayEnv,
    };
    const process = startProcess('gateway/src/main.ts', env);
    const url = `http://127.0.0.1:${gatewayPort}`;
    await waitFor(
      `gateway healthy on ${gatewayPort}`,
      async () => (await fetch(`${url}/healthz`)).ok,
      60_000,
    ).catch((err) => {
      throw new Error(`${err}\n${process.output()}\n${auth.output()}`);
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
    await Promise.all([...gateways.map((g) => g.process.stop()), auth.stop()]);
    await Promise.all([database.drop(), vhost.remove()]);
  };
  return { baseUrl, call, auth, gateways, startGateway, database, vhost, stop };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
