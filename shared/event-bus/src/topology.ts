import { DEAD_LETTER_EXCHANGE, deadLetterQueueOf, EXCHANGE, queueOf } from '@switchboard/contracts';
import type { Channel } from 'amqplib';

export const DEFAULT_DELIVERY_LIMIT = 10;

/** The two exchanges every bus declares; assert* is idempotent, so it runs after every reconnect. */
export async function declareExchanges(channel: Channel): Promise<void> {
  await channel.assertExchange(EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
}

/**
 * Arguments of a service's main queue. RabbitMQ refuses to redeclare a queue with different
 * arguments (PRECONDITION_FAILED), so changing one later needs a policy or a new queue.
 */
export function serviceQueueArguments(
  service: string,
  deliveryLimit = DEFAULT_DELIVERY_LIMIT,
  singleActiveConsumer = false,
) {
  return {
    ...(singleActiveConsumer ? { 'x-single-active-consumer': true } : {}),
    // Replicated and durable; also the only queue type that counts deliveries.
    'x-queue-type': 'quorum',
    'x-delivery-limit': deliveryLimit,
    'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
    'x-dead-letter-routing-key': queueOf(service),
    // Dead-lettering with confirms: a message leaves the queue only once the DLQ holds it.
    'x-dead-letter-strategy': 'at-least-once',
    // Required by at-least-once dead-lettering: publishers are refused rather than messages dropped.
    'x-overflow': 'reject-publish',
  };
}

export type ServiceQueue = {
  service: string;
  eventTypes: readonly string[];
  deliveryLimit?: number;
  singleActiveConsumer?: boolean;
};

/** The service's queue, its dead-letter queue, and one binding per consumed event type. */
export async function declareServiceQueue(channel: Channel, queue: ServiceQueue): Promise<void> {
  const { service, eventTypes, deliveryLimit, singleActiveConsumer } = queue;
  await declareExchanges(channel);
  await channel.assertQueue(deadLetterQueueOf(service), {
    durable: true,
    arguments: { 'x-queue-type': 'quorum' },
  });
  await channel.bindQueue(deadLetterQueueOf(service), DEAD_LETTER_EXCHANGE, queueOf(service));
  await channel.assertQueue(queueOf(service), {
    durable: true,
    arguments: serviceQueueArguments(service, deliveryLimit, singleActiveConsumer),
  });
  for (const type of eventTypes) await channel.bindQueue(queueOf(service), EXCHANGE, type);
}
