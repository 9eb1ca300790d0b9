import { deadLetterQueueOf, queueOf } from '@switchboard/contracts';
import { type Channel, type ConfirmChannel, connect, type GetMessage } from 'amqplib';
import { type DeadLetter, describeDeadLetter } from './dead-letter-view.js';
import { isMemoryUrl } from './memory/broker.js';
import { memoryDeadLetters } from './memory/dead-letters.js';

async function withChannel<T>(url: string, fn: (channel: ConfirmChannel) => Promise<T>): Promise<T> {
  const connection = await connect(url);
  try {
    const channel = await connection.createConfirmChannel();
    const result = await fn(channel);
    // Closing the channel first lets the broker settle its acks; closing only the connection can
    // hand an acked quorum-queue message back to the queue.
    await channel.close();
    return result;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Ready messages in each service's dead-letter queue; a service without one is left out. */
export async function deadLetterDepths(url: string, services: readonly string[]) {
  if (isMemoryUrl(url)) return memoryDeadLetters.depths(url, services);
  const depths: Record<string, number> = {};
  const connection = await connect(url);
  try {
    for (const service of services) {
      const channel = await connection.createChannel(); // a missing queue closes its channel
      channel.on('error', () => undefined);
      try {
        depths[deadLetterQueueOf(service)] = (
          await channel.checkQueue(deadLetterQueueOf(service))
        ).messageCount;
      } catch {
        // no such queue: the service never consumed
      } finally {
        await channel.close().catch(() => undefined);
      }
    }
  } finally {
    await connection.close();
  }
  return depths;
}

const describeMessage = (msg: GetMessage) =>
  describeDeadLetter({ content: msg.content, routingKey: msg.fields.routingKey, properties: msg.properties });

/** Takes up to `limit` messages off `queue`, hands them to `fn`, and settles them as it says. */
async function drain(
  channel: Channel,
  queue: string,
  limit: number,
  fn: (msg: GetMessage) => Promise<boolean>,
) {
  const taken: GetMessage[] = [];
  for (let i = 0; i < limit; i++) {
    const msg = await channel.get(queue, { noAck: false });
    if (!msg) break;
    taken.push(msg);
  }
  let settled = 0;
  for (const msg of taken) {
    if (await fn(msg)) {
      channel.ack(msg);
      settled++;
    } else channel.nack(msg, false, true);
  }
  return settled;
}

/** The first `limit` dead letters of a service, left where they are. */
export async function peekDeadLetters(url: string, service: string, limit = 20): Promise<DeadLetter[]> {
  if (isMemoryUrl(url)) return memoryDeadLetters.peek(url, service, limit);
  return withChannel(url, async (channel) => {
    const seen: DeadLetter[] = [];
    await drain(channel, deadLetterQueueOf(service), limit, async (msg) => {
      seen.push(describeMessage(msg));
      return false;
    });
    return seen;
  });
}

/**
 * Sends a service's dead letters back to its queue, for after the cause is fixed: each is
 * republished with confirms before it leaves the DLQ, so none is lost. Consumers are idempotent,
 * so one already applied is skipped. Returns how many were replayed.
 */
export async function replayDeadLetters(url: string, service: string, limit = 10_000): Promise<number> {
  if (isMemoryUrl(url)) return memoryDeadLetters.replay(url, service, limit);
  const dlq = deadLetterQueueOf(service);
  return withChannel(url, async (channel) => {
    // Only what is there now: one that fails again comes back behind them, and waits.
    const { messageCount } = await channel.checkQueue(dlq);
    let replayed = 0;
    while (replayed < Math.min(limit, messageCount)) {
      const msg = await channel.get(dlq);
      if (!msg) break;
      const { headers, ...properties } = msg.properties;
      const { 'x-death': _, 'x-delivery-count': __, ...kept } = headers ?? {};
      channel.sendToQueue(queueOf(service), msg.content, { ...properties, headers: kept, persistent: true });
      await channel.waitForConfirms();
      channel.ack(msg);
      replayed++;
    }
    return replayed;
  });
}
