import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A report emailed every week or month to a list of recipients (POST /api/reports/schedules). */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    report: text('report', { enum: ['agent', 'team', 'tickets'] }).notNull(),
    frequency: text('frequency', { enum: ['weekly', 'monthly'] }).notNull(),
    recipients: text('recipients').array().notNull(),
    agentId: uuid('agent_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('report_schedules_tenant_idx').on(t.tenantId, t.createdAt)],
);

/**
 * One period a schedule has queued its email for. The primary key makes it once per period: a
 * second scheduler's insert conflicts and queues nothing (it is inserted with the job, in one
 * transaction).
 */
export const scheduleRuns = pgTable(
  'schedule_runs',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => reportSchedules.id, { onDelete: 'cascade' }),
    periodStart: date('period_start').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    jobId: uuid('job_id').notNull(),
    queuedAt: at('queued_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scheduleId, t.periodStart] })],
);
