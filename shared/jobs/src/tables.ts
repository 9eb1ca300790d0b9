import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Background jobs and their lifecycle, QUEUED → PROCESSING → COMPLETED | FAILED. Re-exported from
 * the owning service's schema so its migrations create the table in its database.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    type: text('type', { enum: ['EXCEL_EXPORT', 'EMAIL_REPORT', 'NOTIFICATION'] }).notNull(),
    status: text('status', { enum: ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'] }).notNull(),
    /** Who asked for it (their sockets hear of every change); null for scheduled work. */
    requesterId: uuid('requester_id'),
    /** What to do, as the job type's handler reads it. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    progress: integer('progress').notNull().default(0),
    error: text('error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('jobs_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('jobs_tenant_status_idx').on(t.tenantId, t.status),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
