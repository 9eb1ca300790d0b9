import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Broker, freePort, rabbitmqctlAt, waitFor } from '@switchboard/testing';

/*
 * The chaos suite's own PostgreSQL, Redis and RabbitMQ: it restarts them, so it must never touch
 * the machine's shared servers that other test runs use at the same time. We run as root, and
 * Postgres and RabbitMQ refuse root: both run as their system users over a temp directory.
 */
const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A server the suite can restart: same port, same data, like an operator restarting it. */
export type PrivateServer = {
  url: string;
  /** Down (crashed or stopped) for `downMs`, then up again on the same port and data. */
  restart(downMs: number): Promise<void>;
  stop(): Promise<void>;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function privateDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `sb-chaos-${label}-`));
  await chmod(dir, 0o777);
  return dir;
}

/** initdb into a temp dir as `postgres`, trust auth on 127.0.0.1; restart = crash (immediate stop) + start. */
export async function startPrivatePostgres(): Promise<PrivateServer> {
  const dir = await privateDir('pg');
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (cmd: string, ...args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { timeout: 120_000 });
  await asPostgres('initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync');
  // fsync off only matters if the machine crashes; a killed server keeps what the OS was given.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off`;
  const start = () =>
    asPostgres('pg_ctl', '-D', data, '-o', options, '-w', '-t', '60', '-l', join(dir, 'log'), 'start');
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async (downMs) => {
      await asPostgres('pg_ctl', '-D', data, '-m', 'immediate', 'stop');
      await pause(downMs);
      await start();
    },
    stop: async () => {
      await asPostgres('pg_ctl', '-D', data, '-m', 'immediate', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * redis-server without snapshots but with an fsync-always append-only file, so a killed server
 * comes back with the tenant streams sockets resume from (without it, a restart is a new epoch).
 */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const dir = await privateDir('redis');
  const port = await freePort();
  let child: ChildProcess;
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
        ...['--appendonly', 'yes', '--appendfsync', 'always'],
      ],
      { stdio: 'ignore' },
    );
    child.unref();
    await waitFor('private redis up', () => pingRedis(port), 30_000);
  };
  const kill = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async (downMs) => {
      await kill();
      await pause(downMs);
      await start();
    },
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function pingRedis(port: number): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // refused while it starts: the probe just says no
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export type PrivateBroker = PrivateServer & { broker: Broker; node: string };

/** A RabbitMQ node of its own (name, ports, mnesia, logs); the fault is stop_app/start_app on it. */
export async function startPrivateRabbit(): Promise<PrivateBroker> {
  const dir = await privateDir('rabbit');
  const node = `chaos-${randomBytes(4).toString('hex')}@localhost`;
  const [port, distPort] = [await freePort(), await freePort()];
  await writeFile(join(dir, 'rabbitmq.conf'), ''); // not /etc/rabbitmq's, which pins port 5672
  await writeFile(join(dir, 'enabled_plugins'), '[].');
  await chmod(join(dir, 'rabbitmq.conf'), 0o644);
  await chmod(join(dir, 'enabled_plugins'), 0o644);
  const env = {
    HOME: '/var/lib/rabbitmq',
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_DIST_PORT: String(distPort),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_PID_FILE: join(dir, 'pid'),
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq.conf'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
  };
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  await run(
    'runuser',
    ['-u', 'rabbitmq', '--', 'env', ...envArgs, '/usr/lib/rabbitmq/bin/rabbitmq-server', '-detached'],
    {
      cwd: '/var/lib/rabbitmq',
      timeout: 60_000,
    },
  );
  const ctl = (...args: string[]) => rabbitmqctlAt(node, ...args);
  await ctl('wait', '--timeout', '120', join(dir, 'pid'));
  const url = `amqp://guest:guest@127.0.0.1:${port}`;
  return {
    url,
    node,
    broker: { url, node },
    restart: async (downMs) => {
      await ctl('stop_app');
      await pause(downMs);
      await ctl('start_app');
    },
    stop: async () => {
      await ctl('stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
