import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { embeddedMode } from './mode.js';

const run = promisify(execFile);
const baseUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export type TestVhost = { url: string; name: string; remove: () => Promise<void> };

/** A RabbitMQ node: its AMQP URL and, for rabbitmqctl, its node name (the local default when unset). */
export type Broker = { url: string; node?: string };
const sharedBroker: Broker = { url: baseUrl };

/**
 * A fresh RabbitMQ vhost per test file: the frozen exchange and queue names stay as in production.
 * On the shared broker unless `broker` names another (the chaos suite's private node).
 */
export async function createTestVhost(label: string, broker = sharedBroker): Promise<TestVhost> {
  const name = `sbt-${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  // In embedded mode, a broker of its own in this process; it goes with the test process.
  if (embeddedMode) return { url: `memory://${name}`, name, remove: async () => undefined };
  const user = new URL(broker.url).username || 'guest';
  const ctl = (...args: string[]) => rabbitmqctlAt(broker.node, ...args);
  await ctl('add_vhost', name);
  await ctl('set_permissions', '-p', name, user, '.*', '.*', '.*');
  const url = new URL(broker.url);
  url.pathname = `/${encodeURIComponent(name)}`;
  return { url: url.toString(), name, remove: () => ctl('delete_vhost', name).then(() => undefined) };
}

export async function rabbitmqctl(...args: string[]): Promise<void> {
  await rabbitmqctlAt(undefined, ...args);
}

/** rabbitmqctl against `node` (the local default node when undefined); resolves to its output. */
export async function rabbitmqctlAt(node: string | undefined, ...args: string[]): Promise<string> {
  const target = node ? ['-n', node] : [];
  const { stdout } = await run('rabbitmqctl', [...target, '-q', ...args], { timeout: 60_000 });
  return stdout;
}
