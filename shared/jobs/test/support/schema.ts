// The tables a service using jobs has: its outbox and inbox, and the jobs themselves.
export { outbox, processedEvents } from '@switchboard/event-bus';
export { jobs } from '../../src/tables.js';
