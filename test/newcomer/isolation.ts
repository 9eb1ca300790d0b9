import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestVhost, dropTestDatabase, freePort } from '@switchboard/testing';

/*
 * The environment that keeps a newcomer's stack off everything else on the machine: ports, a run
 * folder, databases, a RabbitMQ vhost and Redis key prefixes of its own (README: Configuration).
 */
export type Isolation = {
  env: Record<string, string>;
  /** Every port manage.sh was told to use: nothing may listen there after a stop. */
  ports: number[];
  release: () => Promise<void>;
};

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const services = ['auth', 'tickets', 'presence', 'reporting', 'ai-assist', 'notifications', 'audit'] as const;
/** manage.sh's prefix of a process's variables: AI_ASSIST_PORT, AI_ASSIST_DATABASE_URL. */
const envPrefix = (service: string) => service.replaceAll('-', '_').toUpperCase();

/** A port of its own for each of manage.sh's processes, and for the mail catcher's SMTP. */
async function ownPorts(names: string[]): Promise<Record<string, string>> {
  const ports = new Set<number>();
  while (ports.size < names.length) ports.add(await freePort());
  const values = [...ports];
  return Object.fromEntries(names.map((name, i) => [name, String(values[i])]));
}

const portNames = ['GATEWAY_PORT', 'MAILDEV_WEB_PORT', 'MAILDEV_SMTP_PORT'];

/** On the machine's Postgres, RabbitMQ and Redis, in databases, a vhost and key prefixes of its own. */
export async function onTheServers(runDir: string): Promise<Isolation> {
  const ports = await ownPorts([...portNames, ...services.map((s) => `${envPrefix(s)}_PORT`)]);
  const tag = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databases = services.map(
    (service) => [service, `sbt_newcomer_${tag}_${service.replaceAll('-', '_')}`] as const,
  );
  const server = new URL(adminUrl);
  server.pathname = '';
  const databaseUrl = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const vhost = await createTestVhost('newcomer');
  const prefix = `sbt:newcomer:${tag}:`;
  return {
    env: {
      ...ports,
      SWITCHBOARD_RUN_DIR: runDir,
      POSTGRES_URL: server.toString().replace(/\/$/, ''),
      ...Object.fromEntries(
        databases.map(([s, name]) => [`${envPrefix(s)}_DATABASE_URL`, databaseUrl(name)]),
      ),
      AMQP_URL: vhost.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `${prefix}auth:`,
      STREAM_KEY_PREFIX: `${prefix}rt:`,
      HEARTBEAT_KEY_PREFIX: prefix,
      RATE_LIMIT_KEY_PREFIX: `${prefix}rl:`,
      REVOKED_USERS_KEY_PREFIX: `${prefix}revoked:`,
      JOB_FILES_DIR: join(runDir, 'job-files'),
    },
    ports: Object.values(ports).map(Number),
    release: async () => {
      await Promise.all(databases.map(([, name]) => dropTestDatabase(name, adminUrl)));
      await vhost.remove();
    },
  };
}

/** With Postgres, RabbitMQ and Redis unreachable (a closed port; the real ones stay up for others). */
export async function withoutServers(runDir: string): Promise<Isolation> {
  const ports = await ownPorts([...portNames, 'CLOSED_PORT']);
  const closed = ports.CLOSED_PORT;
  delete ports.CLOSED_PORT;
  return {
    env: {
      ...ports,
      SWITCHBOARD_RUN_DIR: runDir,
      POSTGRES_URL: `postgres://postgres@127.0.0.1:${closed}`,
      AMQP_URL: `amqp://guest:guest@127.0.0.1:${closed}`,
      REDIS_URL: `redis://127.0.0.1:${closed}`,
      JOB_FILES_DIR: join(runDir, 'job-files'),
    },
    ports: Object.values(ports).map(Number),
    release: async () => undefined,
  };
}
