import type { Logger } from 'pino';
import type { AnyHandler } from '../apply-once.js';
import type { ConsumerSpec } from '../consumer.js';
import { processDelivery } from '../delivery.js';
import type { MemoryBroker, MemoryQueue, StoredMessage, Subscriber } from './broker.js';

/**
 * The in-process twin of consumer.ts: the same one-at-a-time chain, the same verdicts from
 * processDelivery, the same delayed requeue; unsettled messages go back to the queue on stop().
 */
export function consumeInMemory(broker: MemoryBroker, options: ConsumerSpec, parentLogger: Logger) {
  const { service, db, prefetch = 50, retryDelayMs = 1_000 } = options;
  const handlers = options.handlers as Record<string, AnyHandler | undefined>;
  const logger = parentLogger.child({ consumer: service });
  const context = { service, db, handlers, retryDelayMs, logger };
  const queue: MemoryQueue = broker.declare({ ...options, eventTypes: Object.keys(handlers) });
  const unsettled = new Set<StoredMessage>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let chain: Promise<void> = Promise.resolve();
  let stopping = false;

  const settle = (message: StoredMessage, action: () => void) => {
    if (!unsettled.delete(message)) return;
    action();
    queue.dispatch();
  };

  async function handle(message: StoredMessage): Promise<void> {
    if (stopping) return; // left unsettled: back to the queue on stop()
    const verdict = await processDelivery(message, context);
    if (verdict.action === 'ack') return settle(message, () => undefined);
    if (verdict.action === 'dead-letter') return settle(message, () => queue.deadLetter(message, 'rejected'));
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      settle(message, () => queue.requeue(message));
    }, verdict.delayMs);
    retryTimers.add(timer);
  }

  const subscriber: Subscriber = {
    hasRoom: () => !stopping && unsettled.size < prefetch,
    deliver(message) {
      unsettled.add(message);
      chain = chain.then(() => handle(message)).catch((err) => logger.error({ err }, 'consumer failure'));
    },
  };
  queue.subscribers.push(subscriber);
  logger.info({ queue: queue.name, prefetch }, 'consuming (in process)');
  queueMicrotask(() => queue.dispatch());

  return {
    service,
    async stop() {
      if (stopping) return;
      stopping = true;
      queue.subscribers.splice(queue.subscribers.indexOf(subscriber), 1);
      await chain;
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      // As a closed AMQP channel: every unsettled message goes back, in its order, for the next consumer.
      for (const message of [...unsettled].reverse()) queue.enqueue(message, true);
      unsettled.clear();
    },
  };
}
