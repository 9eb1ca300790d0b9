import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);
const baseUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export type TestVhost = { url: string; name: string; remove: () => Promise<void> };

/** A fresh RabbitMQ vhost per test file: the frozen exchange and queue names stay as in production. */
export async function createTestVhost(label: string): Promise<TestVhost> {
  const name = `sbt-${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const user = new URL(baseUrl).username || 'guest';
  await rabbitmqctl('add_vhost', name);
  await rabbitmqctl('set_permissions', '-p', name, user, '.*', '.*', '.*');
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return { url: url.toString(), name, remove: () => rabbitmqctl('delete_vhost', name) };
}

export async function rabbitmqctl(...args: string[]): Promise<void> {
  await run('rabbitmqctl', ['-q', ...args], { timeout: 60_000 });
}
