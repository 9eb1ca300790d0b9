import { provisionQueue } from '@switchboard/event-bus';
import { runMigrations } from '../data/migrate.js';
import { consumedEvents } from '../messaging/subscriptions.js';

/** Migrates the database and provisions the queue (migrate.main.ts, and the embedded process). */
export async function prepare(config: { DATABASE_URL: string; AMQP_URL: string }): Promise<void> {
  await runMigrations(config.DATABASE_URL);
  // The queue exists before anything publishes, so no staff change goes unrecorded.
  await provisionQueue(config.AMQP_URL, { service: 'audit', eventTypes: consumedEvents });
}
