import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';
export { jobs } from '@switchboard/jobs';
export { reportSchedules, scheduleRuns } from './schedules.schema.js';
export { ticketCycles, ticketFacts, ticketMessages, ticketReplies, ticketSpans } from './tickets.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Every event this service consumed, verbatim: the source of truth the read models are projected
 * from (and rebuilt from, docs/reporting.md). `subject_id` is what the event is about: a ticket,
 * an agent, a user or the tenant.
 */
export const consumedEvents = pgTable(
  'consumed_events',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    type: text('type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    occurredAt: at('occurred_at').notNull(),
    envelope: jsonb('envelope').notNull(),
  },
  (t) => [
    index('consumed_events_subject_idx').on(t.tenantId, t.subjectId),
    index('consumed_events_replay_idx').on(t.tenantId, t.occurredAt, t.id),
  ],
);

/** The tenant's users as auth last announced them (names, department and role for the reports). */
export const agents = pgTable(
  'agents',
  {
    agentId: uuid('agent_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    fullName: text('full_name').notNull(),
    department: text('department'),
    role: text('role').notNull(),
    isActive: boolean('is_active').notNull(),
    /** When the account was created (auth's createdAt): no absence is counted before it. */
    createdAt: at('created_at'),
  },
  (t) => [index('agents_tenant_idx').on(t.tenantId)],
);

/** A tenant's shift rules from presence's shift_settings.updated; no row means the defaults. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  timeZone: text('time_zone').notNull(),
  shiftStart: text('shift_start').notNull(),
  lateAfterMinutes: integer('late_after_minutes').notNull(),
  workdays: integer('workdays').array().notNull(),
  idleSessionLimitMinutes: integer('idle_session_limit_minutes').notNull(),
});

/**
 * One point of an agent's timeline from presence: a clock-in or -out, a break's start or end, a
 * shown status, an availability. Intervals are derived from these when a report asks, so events
 * may arrive in any order.
 */
export const agentMarks = pgTable(
  'agent_marks',
  {
    eventId: uuid('event_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    at: at('at').notNull(),
    kind: text('kind', {
      enum: ['clock_in', 'clock_out', 'break_start', 'break_end', 'status', 'availability'],
    }).notNull(),
    /** The status or availability shown from `at` on; null for the session kinds. */
    value: text('value'),
  },
  (t) => [
    index('agent_marks_agent_idx').on(t.agentId, t.kind, t.at),
    index('agent_marks_tenant_idx').on(t.tenantId, t.at),
  ],
);

/** Per tenant: the dashboard last pushed as metrics.updated, and since when it may have changed. */
export const tenantDashboards = pgTable('tenant_dashboards', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** Set by every applied event, cleared by the push that follows; null when nothing changed. */
  dirtySince: at('dirty_since'),
  pushedAt: at('pushed_at'),
  pushed: jsonb('pushed'),
});

/** Per agent: the performance last announced as agent.performance_changed (docs/metrics.md). */
export const agentPerformancePushed = pgTable('agent_performance_pushed', {
  agentId: uuid('agent_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  pushed: jsonb('pushed').notNull(),
  pushedAt: at('pushed_at').notNull(),
});
