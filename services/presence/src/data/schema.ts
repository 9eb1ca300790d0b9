import { now } from '@switchboard/clock';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The tenant's users as auth announces them, with what presence derives about each. */
export const agents = pgTable(
  'agents',
  {
    agentId: uuid('agent_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    role: text('role').notNull(),
    /** The user's department as auth announces it; null until an event carried it. */
    department: text('department'),
    isActive: boolean('is_active').notNull().default(true),
    onlineStatus: text('online_status', { enum: ['online', 'away', 'busy', 'offline'] })
      .notNull()
      .default('offline'),
    /** Open tickets the agent takes; null when unknown (3 is assumed). */
    capacity: integer('capacity'),
    /** The availability last published, and since when. */
    availability: text('availability', { enum: ['available', 'busy', 'offline'] })
      .notNull()
      .default('offline'),
    availabilitySince: at('availability_since').notNull().defaultNow().$defaultFn(now),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('agents_tenant_idx').on(t.tenantId),
    index('agents_tenant_department_idx').on(t.tenantId, t.department),
  ],
);

/** Clock-in → clock-out; at most one open per agent. */
export const workSessions = pgTable(
  'work_sessions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('work_sessions_tenant_agent_idx').on(t.tenantId, t.agentId, t.startedAt),
    uniqueIndex('work_sessions_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** What the agent does inside a work session: working, on a break, on a call; one open at a time. */
export const activityIntervals = pgTable(
  'activity_intervals',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => workSessions.id),
    kind: text('kind', { enum: ['working', 'break', 'on_call'] }).notNull(),
    reason: text('reason'),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('activity_intervals_session_idx').on(t.sessionId),
    uniqueIndex('activity_intervals_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** The online status the agent showed, as intervals; one open at a time. */
export const statusIntervals = pgTable(
  'status_intervals',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    status: text('status', { enum: ['online', 'away', 'busy', 'offline'] }).notNull(),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('status_intervals_tenant_agent_idx').on(t.tenantId, t.agentId, t.startedAt),
    uniqueIndex('status_intervals_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** Browser sockets as the gateways report them (socket.connected / socket.disconnected). */
export const socketConnections = pgTable(
  'socket_connections',
  {
    socketId: text('socket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
    gatewayId: text('gateway_id').notNull(),
    connectedAt: at('connected_at'),
    disconnectedAt: at('disconnected_at'),
  },
  (t) => [index('socket_connections_user_idx').on(t.userId)],
);

/** Who works which ticket, kept from ticket events to count open tickets per agent. */
export const ticketAssignments = pgTable(
  'ticket_assignments',
  {
    ticketId: uuid('ticket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id'),
    status: text('status').notNull(),
    /** The ticket's updatedAt in the last applied event: an older event does not overwrite a newer one. */
    ticketUpdatedAt: at('ticket_updated_at').notNull(),
  },
  (t) => [index('ticket_assignments_agent_idx').on(t.tenantId, t.agentId)],
);

/** A supervisor's or admin's message to part of the tenant (docs/api.md §4.10). */
export const broadcasts = pgTable(
  'broadcasts',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    senderId: uuid('sender_id').notNull(),
    message: text('message').notNull(),
    audienceType: text('audience_type', { enum: ['all', 'role', 'department', 'agents'] }).notNull(),
    /** null (all), the role, the department, or the agent ids. */
    audienceValue: jsonb('audience_value').$type<string | string[] | null>(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [index('broadcasts_tenant_sent_idx').on(t.tenantId, t.sentAt)],
);

/** Who a broadcast was addressed to, resolved when it was sent, and when each acknowledged it. */
export const broadcastRecipients = pgTable(
  'broadcast_recipients',
  {
    tenantId: uuid('tenant_id').notNull(),
    broadcastId: uuid('broadcast_id')
      .notNull()
      .references(() => broadcasts.id),
    agentId: uuid('agent_id').notNull(),
    acknowledgedAt: at('acknowledged_at'),
  },
  (t) => [
    primaryKey({ columns: [t.broadcastId, t.agentId] }),
    index('broadcast_recipients_agent_idx').on(t.tenantId, t.agentId),
  ],
);

/** An agent's call for a supervisor: open → accepted → resolved (or open → resolved). */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    requesterId: uuid('requester_id').notNull(),
    ticketId: uuid('ticket_id'),
    message: text('message').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'resolved'] })
      .notNull()
      .default('open'),
    acceptedBy: uuid('accepted_by'),
    acceptedAt: at('accepted_at'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: at('resolved_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('help_requests_tenant_status_idx').on(t.tenantId, t.status, t.createdAt),
    index('help_requests_requester_idx').on(t.tenantId, t.requesterId),
  ],
);

/** A help request's thread: what the asker and the supervisors write to each other, oldest first. */
export const helpRequestMessages = pgTable(
  'help_request_messages',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    helpRequestId: uuid('help_request_id')
      .notNull()
      .references(() => helpRequests.id),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('help_request_messages_thread_idx').on(t.tenantId, t.helpRequestId, t.createdAt)],
);

/** When a tenant's shifts start and how presence judges lateness and idle sessions (GET/PUT /api/sessions/settings). */
export const shiftSettings = pgTable('shift_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** IANA time zone the tenant's days are counted in. */
  timeZone: text('time_zone').notNull().default('UTC'),
  /** Local "HH:MM" the shift starts on every workday. */
  shiftStart: text('shift_start').notNull().default('09:00'),
  lateAfterMinutes: integer('late_after_minutes').notNull().default(10),
  /** Local weekdays that are workdays, 0 = Sunday. */
  workdays: integer('workdays').array().notNull().default(sql`'{1,2,3,4,5}'`),
  idleSessionLimitMinutes: integer('idle_session_limit_minutes').notNull().default(30),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});

/**
 * The agent activity timeline (docs/api.md §8.2, GET /api/agents/:id/activity):
 * one row per thing the agent did, written with the change or the consumed event that caused it.
 */
export const agentActivities = pgTable(
  'agent_activities',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    type: text('type', {
      enum: ['login', 'logout', 'status_change', 'ticket_assigned', 'ticket_resolved', 'message_sent'],
    }).notNull(),
    description: text('description').notNull(),
    occurredAt: at('occurred_at').notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('agent_activities_agent_time_idx').on(t.tenantId, t.agentId, t.occurredAt)],
);
