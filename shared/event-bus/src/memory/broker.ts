import { deadLetterQueueOf, queueOf } from '@switchboard/contracts';
import { DEFAULT_DELIVERY_LIMIT } from '../topology.js';

/*
 * The broker of embedded mode: RabbitMQ's part of the contract, kept in this process. A topic
 * exchange routes by event type to each service's queue; a queue hands messages to its consumers
 * up to their prefetch, takes them back on a requeue (counting deliveries as a quorum queue's
 * x-delivery-count does) and moves them to the service's dead-letter queue past the delivery
 * limit or when rejected. Messages live as long as the process: durability is RabbitMQ's job.
 */

/** As AMQP's: ids, type, content type and headers (correlation, delivery count, death). */
export type MessageProperties = {
  messageId?: string | undefined;
  headers: Record<string, unknown>;
  [property: string]: unknown;
};
export type StoredMessage = { content: Buffer; routingKey: string; properties: MessageProperties };

/** A consumer as a queue sees it: how many it may still take, and where to hand them. */
export type Subscriber = { hasRoom(): boolean; deliver(message: StoredMessage): void };

type QueueSettings = { deliveryLimit: number; singleActiveConsumer: boolean };

export class MemoryQueue {
  readonly ready: StoredMessage[] = [];
  readonly subscribers: Subscriber[] = [];
  private turn = 0;

  constructor(
    readonly name: string,
    readonly settings: QueueSettings | null,
    private readonly broker: MemoryBroker,
  ) {}

  enqueue(message: StoredMessage, front = false): void {
    if (front) this.ready.unshift(message);
    else this.ready.push(message);
    this.dispatch();
  }

  /** Hands ready messages out in order; a single active consumer takes them all. */
  dispatch(): void {
    const candidates = this.settings?.singleActiveConsumer ? this.subscribers.slice(0, 1) : this.subscribers;
    while (this.ready.length > 0) {
      const next = this.pick(candidates);
      if (!next) return;
      next.deliver(this.ready.shift() as StoredMessage);
    }
  }

  private pick(candidates: Subscriber[]): Subscriber | undefined {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(this.turn + i) % candidates.length];
      if (candidate?.hasRoom()) {
        this.turn = (this.turn + i + 1) % candidates.length;
        return candidate;
      }
    }
    return undefined;
  }

  /** A failed delivery comes back counted, or goes to the dead-letter queue past the limit. */
  requeue(message: StoredMessage): void {
    const count = Number(message.properties.headers['x-delivery-count'] ?? 0) + 1;
    const limit = this.settings?.deliveryLimit ?? DEFAULT_DELIVERY_LIMIT;
    if (count > limit) {
      this.deadLetter(message, 'delivery_limit');
      return;
    }
    const headers = { ...message.properties.headers, 'x-delivery-count': count };
    this.enqueue({ ...message, properties: { ...message.properties, headers } }, true);
  }

  deadLetter(message: StoredMessage, reason: 'delivery_limit' | 'rejected'): void {
    const dlq = this.broker.queue(`${this.name}.dlq`);
    const death = { reason, queue: this.name, count: 1 };
    const headers = {
      ...message.properties.headers,
      'x-death': [death],
      'x-first-death-reason': reason,
      'x-first-death-queue': this.name,
    };
    dlq?.enqueue({ ...message, routingKey: this.name, properties: { ...message.properties, headers } });
  }
}

export type QueueDeclaration = {
  service: string;
  eventTypes: readonly string[];
  deliveryLimit?: number | undefined;
  singleActiveConsumer?: boolean | undefined;
};

export class MemoryBroker {
  private readonly queues = new Map<string, MemoryQueue>();
  private readonly bindings = new Map<string, Set<string>>();
  private readonly taps = new Set<(message: StoredMessage) => void>();

  queue(name: string): MemoryQueue | undefined {
    return this.queues.get(name);
  }

  /** As declareServiceQueue: the queue, its DLQ and bindings; other settings than before are refused. */
  declare(declaration: QueueDeclaration): MemoryQueue {
    const { service, eventTypes } = declaration;
    const settings = {
      deliveryLimit: declaration.deliveryLimit ?? DEFAULT_DELIVERY_LIMIT,
      singleActiveConsumer: declaration.singleActiveConsumer ?? false,
    };
    const dlqName = deadLetterQueueOf(service);
    if (!this.queues.has(dlqName)) this.queues.set(dlqName, new MemoryQueue(dlqName, null, this));
    const name = queueOf(service);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new MemoryQueue(name, settings, this);
      this.queues.set(name, queue);
    } else if (JSON.stringify(queue.settings) !== JSON.stringify(settings)) {
      throw new Error(`PRECONDITION_FAILED - inequivalent arguments for queue '${name}'`);
    }
    for (const type of eventTypes) this.bind(type, name);
    return queue;
  }

  /** Sees every message published from now on, as a queue bound to `#` would (tests, tracing). */
  tap(listener: (message: StoredMessage) => void): () => void {
    this.taps.add(listener);
    return () => this.taps.delete(listener);
  }

  private bind(routingKey: string, queue: string): void {
    const bound = this.bindings.get(routingKey) ?? new Set<string>();
    bound.add(queue);
    this.bindings.set(routingKey, bound);
  }

  /** Routes one message to every queue bound to its key; with none, it is dropped, as by RabbitMQ. */
  publish(message: StoredMessage): void {
    for (const tap of this.taps) tap(message);
    for (const name of this.bindings.get(message.routingKey) ?? []) {
      this.queues.get(name)?.enqueue({ ...message, properties: { ...message.properties } });
    }
  }
}

/** One broker per `memory://<name>` URL in the process, as one RabbitMQ vhost per URL. */
const brokers = new Map<string, MemoryBroker>();

export function brokerFor(url: string): MemoryBroker {
  const name = new URL(url).host;
  let broker = brokers.get(name);
  if (!broker) {
    broker = new MemoryBroker();
    brokers.set(name, broker);
  }
  return broker;
}

export const isMemoryUrl = (url: string): boolean => new URL(url).protocol === 'memory:';
