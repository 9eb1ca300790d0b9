import { connect } from 'amqplib';
import { brokerFor, isMemoryUrl } from './memory/broker.js';
import { declareServiceQueue, type ServiceQueue } from './topology.js';

/**
 * Declares a consumer's queue and bindings ahead of its first start (run with the database
 * migrations): events published before the consumer ever ran then wait in its queue instead of
 * being dropped by the broker for want of a binding.
 */
export async function provisionQueue(url: string, queue: ServiceQueue): Promise<void> {
  if (isMemoryUrl(url)) return void brokerFor(url).declare(queue);
  const connection = await connect(url);
  try {
    const channel = await connection.createChannel();
    await declareServiceQueue(channel, queue);
    await channel.close();
  } finally {
    await connection.close();
  }
}
