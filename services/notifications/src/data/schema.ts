import { now } from '@switchboard/clock';
import type { NotificationType, Role } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The tenant's users as auth announces them: who an `@username` names, and what they may read. */
export const users = pgTable(
  'users',
  {
    userId: uuid('user_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    username: text('username').notNull(),
    role: text('role').$type<Role>().notNull(),
    isActive: boolean('is_active').notNull(),
  },
  (t) => [index('users_tenant_username_idx').on(t.tenantId, sql`lower(${t.username})`)],
);

/** The tenant's tickets as the ticket service announces them: their subject and who works them. */
export const tickets = pgTable('tickets', {
  ticketId: uuid('ticket_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  subject: text('subject').notNull(),
  assigneeId: uuid('assignee_id'),
  /** The ticket's updatedAt in the last applied event: an older event does not overwrite a newer one. */
  ticketUpdatedAt: at('ticket_updated_at').notNull(),
});

/** A user's inbox: one row per user per event that concerns them. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
    type: text('type').$type<NotificationType>().notNull(),
    ticketId: uuid('ticket_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The event it came from: a redelivered event notifies nobody twice. */
    sourceEventId: uuid('source_event_id').notNull(),
    readAt: at('read_at'),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    uniqueIndex('notifications_source_user_idx').on(t.sourceEventId, t.userId),
    index('notifications_inbox_idx').on(t.tenantId, t.userId, t.createdAt),
  ],
);
