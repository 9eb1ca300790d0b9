export * from './catalog.js';
export * from './envelope.js';
export * from './errors.js';
export * from './events/ai.events.js';
export * from './events/auth.events.js';
export * from './events/define-event.js';
export * from './events/floor.events.js';
export * from './events/gateway.events.js';
export * from './events/jobs.events.js';
export * from './events/notifications.events.js';
export * from './events/performance.events.js';
export * from './events/presence.events.js';
export * from './events/reporting.events.js';
export * from './events/sla.events.js';
export * from './events/tickets.events.js';
export * from './ids.js';
export * from './new-event.js';

/** Frozen messaging names (docs/api.md §5). */
export const EXCHANGE = 'switchboard.events' as const;
export const DEAD_LETTER_EXCHANGE = 'switchboard.dead-letter' as const;
export const queueOf = (service: string) => `${service}.events`;
export const deadLetterQueueOf = (service: string) => `${service}.events.dlq`;
export * from './heartbeat.js';
export * from './report-metrics.js';
export * from './socket/client-to-server.js';
export * from './socket/server-to-client.js';
