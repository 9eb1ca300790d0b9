import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EXCHANGE } from '@switchboard/contracts';
import { rabbitmqctl } from '@switchboard/testing';
import { type ConfirmChannel, type ConsumeMessage, connect } from 'amqplib';
import { declareExchanges } from '../../src/index.js';

const run = promisify(execFile);

/**
 * An extra queue bound to every event type, consumed with auto-ack: shows exactly what the
 * broker routed, independently of the consumers under test.
 */
export async function spyOnExchange(
  url: string,
): Promise<{ messages: ConsumeMessage[]; close(): Promise<void> }> {
  const connection = await connect(url);
  const channel = await connection.createChannel();
  await declareExchanges(channel);
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, EXCHANGE, '#');
  const messages: ConsumeMessage[] = [];
  await channel.consume(queue, (msg) => msg && messages.push(msg), { noAck: true });
  return { messages, close: () => connection.close() };
}

/** Runs `fn` with a throwaway confirm channel on its own connection. */
export async function withChannel<T>(url: string, fn: (c: ConfirmChannel) => Promise<T>) {
  const connection = await connect(url);
  try {
    return await fn(await connection.createConfirmChannel());
  } finally {
    await connection.close();
  }
}

export const queueDepth = (url: string, queue: string) =>
  withChannel(url, async (c) => (await c.checkQueue(queue)).messageCount);

/** Has the broker close a client's connection, as a crash or network cut would. Returns how many. */
export async function killConnection(vhost: string, connectionName: string): Promise<number> {
  const { stdout } = await run('rabbitmqctl', [
    '-q',
    'list_connections',
    '--no-table-headers',
    'pid',
    'vhost',
    'client_properties',
  ]);
  const pids = stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([, v, props]) => v === vhost && props?.includes(`{"connection_name","${connectionName}"}`))
    .map(([pid]) => pid as string);
  for (const pid of pids) await rabbitmqctl('close_connection', pid, 'test: simulated crash');
  return pids.length;
}
