import type { Logger } from 'pino';
import type { ConsumerSpec } from '../consumer.js';
import { messageOptions } from '../publisher.js';
import type { Bus, Consumer } from '../types.js';
import { brokerFor } from './broker.js';
import { consumeInMemory } from './consumer.js';

/**
 * The Bus over the in-process broker of `memory://<name>` (embedded mode): every bus of that URL
 * in this process shares it, so the services of one embedded process talk as through RabbitMQ.
 */
export function connectMemoryBus(options: { url: string; logger: Logger; name: string }): Bus {
  const broker = brokerFor(options.url);
  const logger = options.logger.child({ bus: options.name });
  const consumers = new Set<Consumer>();
  let closed = false;

  async function startConsumer(spec: ConsumerSpec): Promise<Consumer> {
    if (closed) throw new Error(`event bus ${options.name} is closed`);
    const runtime = consumeInMemory(broker, spec, logger);
    const consumer: Consumer = {
      service: runtime.service,
      stop: async () => {
        consumers.delete(consumer);
        await runtime.stop();
      },
    };
    consumers.add(consumer);
    return consumer;
  }

  return {
    async publish(envelopes) {
      if (closed) throw new Error(`event bus ${options.name} is closed`);
      for (const event of envelopes) {
        const { persistent: _, headers = {}, ...properties } = messageOptions(event);
        const content = Buffer.from(JSON.stringify(event));
        broker.publish({ content, routingKey: event.type, properties: { ...properties, headers } });
      }
    },
    consume: (spec) => startConsumer(spec),
    consumeIdempotent: (spec) => startConsumer({ ...spec, db: undefined }),
    isConnected: () => !closed,
    async inspectQueue(name) {
      const queue = broker.queue(name);
      return queue ? { messages: queue.ready.length, consumers: queue.subscribers.length } : null;
    },
    async close() {
      closed = true;
      await Promise.all([...consumers].map((consumer) => consumer.stop()));
    },
  };
}
