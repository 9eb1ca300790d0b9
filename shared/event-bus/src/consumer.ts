import { queueOf } from '@switchboard/contracts';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import type { Logger } from 'pino';
import type { AnyHandler } from './apply-once.js';
import { retryDelay } from './backoff.js';
import { processDelivery, type Verdict } from './delivery.js';
import { createAlarm } from './sleep.js';
import { taskLimiter } from './task-limiter.js';
import { declareServiceQueue } from './topology.js';
import type { AnyPgDatabase, ConsumeOptions, EventHandlers } from './types.js';

/** Retries of a failing message on an ordered queue before it is requeued: 1+2+4+8+16 delays. */
const IN_PLACE_RETRIES = 5;

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
  const { service, db, retryDelayMs = 1_000, deliveryLimit, singleActiveConsumer, concurrency = 1 } = options;
  const prefetch = Math.max(options.prefetch ?? 50, concurrency);
  const handlers = options.handlers as Record<string, AnyHandler | undefined>;
  const logger = deps.logger.child({ consumer: service });
  const context = { service, db, handlers, retryDelayMs, logger };
  let channel: Channel | null = null;
  let consumerTag: string | null = null;
  let stopping = false;
  // By default one message at a time, in arrival order, across reconnects: a tenant's events
  // apply in order. Work items (jobs) that may overtake each other run several at once.
  const lanes = taskLimiter(concurrency, (err) => logger.error({ err }, 'consumer failure'));
  const retryTimers = new Set<NodeJS.Timeout>();
  const stopSignal = createAlarm();

  /**
   * On an ordered queue a requeued message would come back behind the ones that were already
   * delivered (prefetch), and they would be applied first: found by the fault matrix, where a
   * Redis restart put a ticket's PENDING after its IN_PROGRESS in the gateway's tenant stream.
   * So it is retried in place, holding the line, before it goes the requeue/DLQ way.
   */
  async function retryInPlace(from: Channel, msg: ConsumeMessage, first: Verdict): Promise<Verdict> {
    let verdict = first;
    for (let attempt = 0; verdict.action === 'retry' && attempt < IN_PLACE_RETRIES; attempt++) {
      await stopSignal.sleep(retryDelay(attempt, retryDelayMs));
      if (stopping || channel !== from) return verdict; // unsettled: requeued when the channel closes
      verdict = await processDelivery(msg, context);
    }
    return verdict;
  }

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
    let verdict = await processDelivery(msg, context);
    if (singleActiveConsumer && verdict.action === 'retry') verdict = await retryInPlace(from, msg, verdict);
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
        lanes.push(() => handle(ch, msg));
      });
      consumerTag = reply.consumerTag;
      logger.info({ queue: queueOf(service), prefetch, concurrency }, 'consuming');
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      stopSignal.ring();
      const ch = channel;
      if (ch && consumerTag) await ch.cancel(consumerTag).catch(() => undefined);
      logger.info('stopped consuming; finishing the message in flight');
      await lanes.idle(); // handlers in flight finish (and ack); waiting messages are skipped
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      channel = null; // closing the channel returns every unacked message to the queue
      if (ch) await ch.close().catch(() => undefined);
    },
  };
}
