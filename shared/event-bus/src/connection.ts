import { type ChannelModel, type ConfirmChannel, connect } from 'amqplib';
import type { Logger } from 'pino';
import { type BackoffOptions, backoffDelay, defaultBackoff } from './backoff.js';
import type { ConsumerSpec } from './consumer.js';
import { createConsumer } from './consumer.js';
import { createConsumerRegistry } from './consumer-registry.js';
import { publishEnvelopes } from './publisher.js';
import { createAlarm } from './sleep.js';
import { declareExchanges } from './topology.js';
import type { Bus, Consumer } from './types.js';

export type BusOptions = {
  url: string;
  logger: Logger;
  /** Shown as the connection name in RabbitMQ and bound to every log line. */
  name: string;
  /** Reconnect delays (default 100 ms doubling up to 5 s, jittered). */
  backoff?: BackoffOptions;
};

/**
 * Returns at once and keeps a connection up in the background: a plain amqplib connection per
 * attempt, retried with capped, jittered backoff. Each new connection redeclares the topology and
 * re-attaches every consumer, so callers never handle reconnects themselves.
 */
export function connectAmqpBus(options: BusOptions): Bus {
  const { url, name, backoff = defaultBackoff } = options;
  const logger = options.logger.child({ bus: name });
  const consumers = createConsumerRegistry();
  const alarm = createAlarm();
  let link: { connection: ChannelModel; publisher: ConfirmChannel } | null = null;
  let closing = false;

  /** Closing the connection is how any broken part recovers: the loop rebuilds everything. */
  const drop = (connection: ChannelModel, reason: string) =>
    connection.close().then(
      () => logger.warn({ reason }, 'dropped the connection to recover'),
      () => undefined,
    );

  /** One connection's lifetime: set up, then wait until it closes. */
  async function session(onUp: () => void): Promise<void> {
    const connection = await connect(url, { clientProperties: { connection_name: name }, timeout: 10_000 });
    const closed = new Promise<unknown>((resolve) => connection.once('close', resolve));
    connection.on('error', (err) => logger.warn({ err }, 'connection error'));
    try {
      if (closing) return;
      const publisher = await connection.createConfirmChannel();
      publisher.on('error', (err) => logger.warn({ err }, 'publish channel error'));
      publisher.on('close', () => closing || drop(connection, 'publish channel closed'));
      await declareExchanges(publisher);
      if (closing) return; // close() ran during the setup and had no link to close
      // Publishing works from here on, also for consumers that resume from `consume()` below.
      link = { connection, publisher };
      await consumers.attachAll(connection);
      onUp();
      logger.info('connected to the broker');
      const err = await closed;
      if (!closing) logger.warn({ err }, 'lost the broker connection; reconnecting');
    } finally {
      link = null;
      await connection.close().catch(() => undefined);
    }
  }

  const loop = (async () => {
    let attempt = 0;
    while (!closing) {
      await session(() => {
        attempt = 0;
      }).catch((err) => closing || logger.warn({ err, attempt }, 'could not connect to the broker'));
      if (!closing) await alarm.sleep(backoffDelay(attempt++, backoff));
    }
  })();

  async function startConsumer(consumeOptions: ConsumerSpec): Promise<Consumer> {
    if (closing) throw new Error(`event bus ${name} is closed`);
    const runtime = createConsumer(consumeOptions, { logger, onBroken: drop });
    const registration = consumers.add(runtime);
    // Without a connection, the loop attaches it as soon as the broker is reachable.
    const current = link?.connection;
    if (current) registration.attach(current).catch((err) => drop(current, `consumer setup failed: ${err}`));
    await registration.ready;
    return {
      service: runtime.service,
      stop: async () => {
        registration.remove();
        await runtime.stop();
      },
    };
  }

  return {
    async publish(envelopes) {
      if (!link) throw new Error(`event bus ${name} is not connected to the broker`);
      await publishEnvelopes(link.publisher, envelopes);
    },

    consume: (consumeOptions) => startConsumer(consumeOptions),
    consumeIdempotent: (consumeOptions) => startConsumer({ ...consumeOptions, db: undefined }),

    isConnected: () => link !== null,

    async inspectQueue(queue) {
      if (!link) return null;
      // A passive check of a missing queue closes its channel, so it gets one of its own.
      const channel = await link.connection.createChannel();
      channel.on('error', () => undefined);
      try {
        const { messageCount, consumerCount } = await channel.checkQueue(queue);
        return { messages: messageCount, consumers: consumerCount };
      } catch {
        return null;
      } finally {
        await channel.close().catch(() => undefined);
      }
    },

    async close() {
      if (!closing) {
        closing = true;
        alarm.ring();
        await consumers.stopAll(new Error(`event bus ${name} closed`));
        await link?.connection.close().catch(() => undefined);
      }
      await loop;
    },
  };
}
