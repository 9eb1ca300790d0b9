import type { Envelope, EventData, EventType } from '@switchboard/contracts';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';

/** Any drizzle Postgres database or transaction, whatever its driver and schema. */
// biome-ignore lint/suspicious/noExplicitAny: the bus must accept every service's own db/tx type
export type AnyPgDatabase = PgDatabase<any, any, any>;

/** The transaction `db.transaction()` hands to its callback, so handlers get the service's own tx type. */
export type TransactionOf<DB extends AnyPgDatabase> = Parameters<Parameters<DB['transaction']>[0]>[0];

export type HandlerContext = {
  /** Child of the bus logger bound to the event's correlationId, id and type. */
  logger: Logger;
  /** How many times the broker delivered this message before (0 on first delivery). */
  deliveryCount: number;
};

export type EventHandler<T extends EventType, Tx> = (
  event: Envelope<EventData<T>>,
  tx: Tx,
  ctx: HandlerContext,
) => Promise<void>;

export type EventHandlers<Tx> = { [T in EventType]?: EventHandler<T, Tx> };

type ConsumeSettings = {
  /** Consuming service; names its queue `<service>.events` and its processed_events rows. */
  service: string;
  /** Unacknowledged messages in flight (default 50, and at least `concurrency`). */
  prefetch?: number;
  /**
   * Messages handled at once (default 1: one at a time, in arrival order). Above 1 messages
   * overtake each other: for independent work items such as jobs, never for a tenant's events.
   */
  concurrency?: number;
  /** First requeue delay after a handler error, doubled per delivery (default 1000 ms, capped at 30 s). */
  retryDelayMs?: number;
  /** Deliveries before the broker dead-letters a message (default 10); fixed when the queue is created. */
  deliveryLimit?: number;
  /**
   * Only one of the service's replicas consumes at a time, the others stand by: the queue's order
   * is kept across replicas (fixed when the queue is created). A failing handler is then retried in
   * place a few times (about 30 s with the default delay) before its message is requeued, so a
   * transient failure (Redis restarting) lets no later message pass it.
   */
  singleActiveConsumer?: boolean;
};

export type ConsumeOptions<DB extends AnyPgDatabase> = ConsumeSettings & {
  db: DB;
  /** Event type → handler; the keys are also the queue's bindings. */
  handlers: EventHandlers<TransactionOf<DB>>;
};

/** A consumer without an inbox table: every handler must be idempotent by itself. */
export type IdempotentConsumeOptions = ConsumeSettings & { handlers: EventHandlers<undefined> };

export type Consumer = {
  readonly service: string;
  /** Stops consuming, waits for the handler in flight; unprocessed messages go back to the queue. */
  stop(): Promise<void>;
};

export type QueueDepth = { messages: number; consumers: number };

export type Bus = {
  /** Publishes with publisher confirms; resolves once the broker confirmed every message. */
  publish(envelopes: readonly Envelope[]): Promise<void>;
  /** Declares the service's queue and consumes it, now and after every reconnect. */
  consume<DB extends AnyPgDatabase>(options: ConsumeOptions<DB>): Promise<Consumer>;
  /** As consume, for a process without a database (the gateway dedupes in Redis instead). */
  consumeIdempotent(options: IdempotentConsumeOptions): Promise<Consumer>;
  /** True while a connection to the broker is up (for health checks). */
  isConnected(): boolean;
  /** A queue's ready messages and consumers now; null when it does not exist or the broker is away. */
  inspectQueue(queue: string): Promise<QueueDepth | null>;
  /** Stops consumers (waiting for handlers in flight) and closes the connection for good. */
  close(): Promise<void>;
};
