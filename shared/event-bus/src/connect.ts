import { type BusOptions, connectAmqpBus } from './connection.js';
import { isMemoryUrl } from './memory/broker.js';
import { connectMemoryBus } from './memory/bus.js';
import type { Bus } from './types.js';

/**
 * The event bus at `options.url`: RabbitMQ for `amqp://` and `amqps://`, or the in-process broker
 * for `memory://<name>` (embedded mode, every service in one process), with the same semantics.
 */
export function connectBus(options: BusOptions): Bus {
  return isMemoryUrl(options.url) ? connectMemoryBus(options) : connectAmqpBus(options);
}
