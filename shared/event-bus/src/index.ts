export type { BackoffOptions } from './backoff.js';
export { connectBus } from './connect.js';
export type { BusOptions } from './connection.js';
export type { DeadLetter } from './dead-letter-view.js';
export { deadLetterDepths, peekDeadLetters, replayDeadLetters } from './dead-letters.js';
export { brokerFor, isMemoryUrl, MemoryBroker } from './memory/broker.js';
export { registerBusMetrics } from './metrics.js';
export { enqueueEvents, eventRecorder } from './outbox.js';
export { type OutboxRelay, type OutboxRelayOptions, startOutboxRelay } from './outbox-relay.js';
export { provisionQueue } from './provision.js';
export { outbox, processedEvents } from './tables.js';
export {
  DEFAULT_DELIVERY_LIMIT,
  declareExchanges,
  declareServiceQueue,
  type ServiceQueue,
  serviceQueueArguments,
} from './topology.js';
export type {
  AnyPgDatabase,
  Bus,
  ConsumeOptions,
  Consumer,
  EventHandler,
  EventHandlers,
  HandlerContext,
  QueueDepth,
  TransactionOf,
} from './types.js';
