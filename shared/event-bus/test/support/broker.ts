import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deadLetterQueueOf, type Envelope, EXCHANGE } from '@switchboard/contracts';
import { rabbitmqctl } from '@switchboard/testing';
import { type ConfirmChannel, connect } from 'amqplib';
import { brokerFor, declareExchanges, isMemoryUrl } from '../../src/index.js';

const run = promisify(execFile);

/*
 * What the tests see of the broker, whichever it is: RabbitMQ through its own client, or the
 * in-process broker (memory:// URLs, TEST_MODE=embedded) through its object.
 */

/** A published message as the spy saw it. */
export type SpiedMessage = {
  content: Buffer;
  fields: { routingKey: string };
  properties: { messageId?: string | undefined; [property: string]: unknown };
};

/**
 * An extra queue bound to every event type, consumed with auto-ack: shows exactly what the
 * broker routed, independently of the consumers under test.
 */
export async function spyOnExchange(
  url: string,
): Promise<{ messages: SpiedMessage[]; close(): Promise<void> }> {
  const messages: SpiedMessage[] = [];
  if (isMemoryUrl(url)) {
    const untap = brokerFor(url).tap(({ content, routingKey, properties }) =>
      // Every bus message is persistent, which AMQP reports as delivery mode 2.
      messages.push({ content, fields: { routingKey }, properties: { deliveryMode: 2, ...properties } }),
    );
    return { messages, close: async () => void untap() };
  }
  const connection = await connect(url);
  const channel = await connection.createChannel();
  await declareExchanges(channel);
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, EXCHANGE, '#');
  await channel.consume(queue, (msg) => msg && messages.push({ ...msg, properties: { ...msg.properties } }), {
    noAck: true,
  });
  return { messages, close: () => connection.close() };
}

/** Runs `fn` with a throwaway confirm channel on its own connection (RabbitMQ only). */
export async function withChannel<T>(url: string, fn: (c: ConfirmChannel) => Promise<T>) {
  const connection = await connect(url);
  try {
    return await fn(await connection.createConfirmChannel());
  } finally {
    await connection.close();
  }
}

/** Ready messages in `queue`; fails when there is no such queue. */
export async function queueDepth(url: string, queue: string): Promise<number> {
  if (!isMemoryUrl(url)) return withChannel(url, async (c) => (await c.checkQueue(queue)).messageCount);
  const found = brokerFor(url).queue(queue);
  if (!found) throw new Error(`NOT_FOUND - no queue '${queue}'`);
  return found.ready.length;
}

/** Puts raw bytes on the exchange, bypassing the bus's own encoding. */
export async function publishRaw(
  url: string,
  body: string,
  messageId: string,
  routingKey = 'tenant.created',
) {
  if (isMemoryUrl(url)) {
    brokerFor(url).publish({
      content: Buffer.from(body),
      routingKey,
      properties: { messageId, headers: {} },
    });
    return;
  }
  await withChannel(url, async (c) => {
    c.publish(EXCHANGE, routingKey, Buffer.from(body), { persistent: true, messageId });
    await c.waitForConfirms();
  });
}

/** Drains a DLQ: each event with the reason the broker recorded for dead-lettering it. */
export async function drainDeadLetters(url: string, service: string) {
  const dlq = deadLetterQueueOf(service);
  const read = (content: Buffer, headers: Record<string, unknown> | undefined) => ({
    event: JSON.parse(content.toString()) as Envelope,
    reason: headers?.['x-first-death-reason'],
  });
  if (isMemoryUrl(url)) {
    const taken = brokerFor(url).queue(dlq)?.ready.splice(0) ?? [];
    return taken.map((m) => read(m.content, m.properties.headers));
  }
  return withChannel(url, async (c) => {
    const messages: ReturnType<typeof read>[] = [];
    for (let m = await c.get(dlq); m; m = await c.get(dlq)) {
      messages.push(read(m.content, m.properties.headers));
      c.ack(m);
    }
    return messages;
  });
}

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
