import { queueOf } from '@switchboard/contracts';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import type { Logger } from 'pino';
import type { AnyHandler } from './apply-once.js';
import { processDelivery } from './delivery.js';
import { declareServiceQueue } from './topology.js';
import type { AnyPgDatabase, ConsumeOptions, EventHandlers } from './types.js';

/** One `bus.consume()` registration; the bus attaches it to every new connection. */
export type ConsumerRuntime = {
  readonly service: string;
  attach(connection: ChannelModel): Promise<void>;
  stop(): Promise<void>;
};

/** `onBroken` asks the bus to drop `connection` and reconnect, which re-attaches every consumer. */
type Deps = { logger: Logger; onBroken: (connection: ChannelModel, reason: string) => void };

/** What a consumer runs on: with a db, each event is applied once through the inbox table. */
export type ConsumerSpec = Omit<ConsumeOptions<AnyPgDatabase>, 'db' | 'handlers'> & {
  db: AnyPgDatabase | undefined;
  handlers: EventHandlers<never>;
};

export function createConsumer(options: ConsumerSpec, deps: Deps): ConsumerRuntime {
  const { service, db, prefetch = 50, retryDelayMs = 1_000, deliveryLimit, singleActiveConsumer } = options;
  const handlers = options.handlers as Record<string, AnyHandler | undefined>;
  const logger = deps.logger.child({ consumer: service });
  const context = { service, db, handlers, retryDelayMs, logger };
  let channel: Channel | null = null;
  let consumerTag: string | null = null;
  let stopping = false;
  // One message at a time, in arrival order, across reconnects: a tenant's events apply in order.
  let chain: Promise<void> = Promise.resolve();
  const retryTimers = new Set<NodeJS.Timeout>();

  /** Settles only on the channel that delivered: once it is gone, the broker has requeued the message. */
  const settle = (from: Channel, action: (ch: Channel) => void) => {
    if (channel !== from) return;
    try {
      action(from);
    } catch (err) {
      logger.warn({ err }, 'could not settle message; the broker will redeliver it');
    }
  };

  async function handle(from: Channel, msg: ConsumeMessage): Promise<void> {
    if (stopping || channel !== from) return; // left unacked: requeued when the channel closes
    const verdict = await processDelivery(msg, context);
    if (verdict.action === 'ack') return settle(from, (ch) => ch.ack(msg)); // only after the commit
    if (verdict.action === 'dead-letter') return settle(from, (ch) => ch.nack(msg, false, false));
    // Requeued from a timer, so the messages behind it are not held up meanwhile.
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      settle(from, (ch) => ch.nack(msg, false, true));
    }, verdict.delayMs);
    retryTimers.add(timer);
  }

  return {
    service,
    async attach(connection) {
      if (stopping) return;
      const ch = await connection.createChannel();
      ch.on('error', (err) => logger.warn({ err }, 'consumer channel error'));
      ch.on('close', () => {
        if (channel !== ch) return;
        channel = null;
        if (!stopping) deps.onBroken(connection, `consumer channel of ${service} closed`);
      });
      const eventTypes = Object.keys(handlers);
      await declareServiceQueue(ch, { service, eventTypes, deliveryLimit, singleActiveConsumer });
      await ch.prefetch(prefetch);
      channel = ch; // before consume(): deliveries may arrive before its promise settles
      const reply = await ch.consume(queueOf(service), (msg) => {
        if (!msg) return deps.onBroken(connection, `broker cancelled the consumer of ${queueOf(service)}`);
        chain = chain.then(() => handle(ch, msg)).catch((err) => logger.error({ err }, 'consumer failure'));
      });
      consumerTag = reply.consumerTag;
      logger.info({ queue: queueOf(service), prefetch }, 'consuming');
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      const ch = channel;
      if (ch && consumerTag) await ch.cancel(consumerTag).catch(() => undefined);
      logger.info('stopped consuming; finishing the message in flight');
      await chain; // the handler in flight finishes (and acks); queued messages are skipped
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      channel = null; // closing the channel returns every unacked message to the queue
      if (ch) await ch.close().catch(() => undefined);
    },
  };
}
