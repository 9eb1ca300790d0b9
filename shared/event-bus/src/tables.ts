import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: a service writes its events here in the same transaction as its state
 * change, and the relay publishes them afterwards. Re-export from the service's drizzle schema so
 * the service's own migrations create it.
 */
export const outbox = pgTable(
  'outbox',
  {
    // Publish order: the relay sends rows strictly by seq.
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    type: text('type').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    envelope: jsonb('envelope').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  // Only the unpublished tail is ever scanned, so index just that.
  (t) => [index('outbox_unpublished_idx').on(t.seq).where(sql`${t.publishedAt} is null`)],
);

/** Inbox of a consumer: one row per applied event, written in the handler's own transaction. */
export const processedEvents = pgTable(
  'processed_events',
  {
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consumer, t.eventId] })],
);
