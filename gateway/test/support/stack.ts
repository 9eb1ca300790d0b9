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

/**
 * The real processes, as `./manage.sh start` runs them, over a fresh database
 * and vhost: the auth service and the gateway in front of it.
 */
export async function startStack() {
  const database = await createTestDatabase('gw_auth');
  const vhost = await createTestVhost('gateway');
  const [authPort, gatewayPort] = [await freePort(), await freePort()];
  const common = {
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'warn',
    REDIS_KEY_PREFIX: `sbt:gw:${randomBytes(4).toString('hex')}:`,
  };
  await runToCompletion('services/auth/src/data/migrate.main.ts', { ...common, DATABASE_URL: database.url });
  const auth = startProcess('services/auth/src/main.ts', {
    ...common,
    DATABASE_URL: database.url,
    PORT: String(authPort),
  });
  const gateway = startProcess('gateway/src/main.ts', {
    ...common,
    PORT: String(gatewayPort),
    AUTH_URL: `http://127.0.0.1:${authPort}`,
  });
  const baseUrl = `http://127.0.0.1:${gatewayPort}`;
  await waitFor(
    `gateway healthy\n${gateway.output()}\n${auth.output()}`,
    async () => (await fetch(`${baseUrl}/healthz`)).ok,
    60_000,
  );

  const call = async (
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
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
    await Promise.all([gateway.stop(), auth.stop()]);
    await Promise.all([database.drop(), vhost.remove()]);
  };
  return { baseUrl, call, auth, gateway, vhost, stop };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
export type { RunningProcess };
