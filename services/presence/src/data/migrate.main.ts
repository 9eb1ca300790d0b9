import { provisionQueue } from '@switchboard/event-bus';
import { readConfig } from '../config.js';
import { consumedEvents } from '../messaging/subscriptions.js';
import { runMigrations } from './migrate.js';

const config = readConfig();
await runMigrations(config.DATABASE_URL);
// The queue exists before anything publishes, so no event for this service is dropped.
await provisionQueue(config.AMQP_URL, { service: 'presence', eventTypes: consumedEvents });
console.log('presence: migrations applied, queue provisioned');
