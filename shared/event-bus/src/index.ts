export type { BackoffOptions } from './backoff.js';
export { type BusOptions, connectBus } from './connection.js';
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
  TransactionOf,
} from './types.js';
