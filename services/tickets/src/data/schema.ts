import { now } from '@switchboard/clock';
import type { MacroAction } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
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

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A tenant's contact; the identities below are what find them (docs/api.md §4.17). */
export const customers = pgTable('customers', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  name: text('name').notNull(),
  /** The primary email and phone, as shown; each is also one of the customer's identities. */
  email: text('email'),
  phone: text('phone'),
  attributes: jsonb('attributes')
    .$type<Record<string, string | number | boolean>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});

/** Every email, phone and channel id of a customer, normalised; one customer holds each per tenant. */
export const customerIdentities = pgTable(
  'customer_identities',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['email', 'phone', 'channel'] }).notNull(),
    value: text('value').notNull(),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    uniqueIndex('customer_identities_tenant_kind_value_uq').on(t.tenantId, t.kind, t.value),
    index('customer_identities_customer_idx').on(t.customerId),
  ],
);

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /**
     * The tenant's human ticket number (1, 2, 3 …) from ticket_counters. The default only lets the
     * column be added to existing rows: the custom migration 0005 backfills the numbers, drops the
     * default and adds the unique (tenant_id, number) index drizzle cannot add before the backfill.
     */
    number: integer('number').notNull().default(0),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    priority: text('priority', { enum: ['low', 'medium', 'high', 'urgent'] }).notNull(),
    category: text('category'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', {
      enum: ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLUTION_REQUESTED', 'RESOLVED', 'CLOSED'],
    }).notNull(),
    assigneeId: uuid('assignee_id'),
    customerId: uuid('customer_id').references(() => customers.id),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
    statusChangedAt: at('status_changed_at').notNull().defaultNow().$defaultFn(now),
    firstResponseAt: at('first_response_at'),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    /** When the current assignee got the ticket: the no-reply reassignment clock starts here. */
    assignedAt: at('assigned_at'),
    /** A customer message after an agent's reply, still unanswered: the next-response SLA clock. */
    awaitingReplySince: at('awaiting_reply_since'),
    /** Steps of the SLA escalation ladder taken so far (POST /api/sla/automate). */
    escalationLevel: integer('escalation_level').notNull().default(0),
    /** Seconds spent waiting for approval (RESOLUTION_REQUESTED): not the agent's handling time. */
    approvalWaitSeconds: integer('approval_wait_seconds').notNull().default(0),
    /** The ticket this one was merged into (POST /api/tickets/:id/merge): set once, with CLOSED. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => tickets.id),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(description, ''))`,
    ),
  },
  (t) => [
    index('tickets_tenant_status_idx').on(t.tenantId, t.status),
    index('tickets_tenant_assignee_idx').on(t.tenantId, t.assigneeId),
    index('tickets_tenant_customer_idx').on(t.tenantId, t.customerId, t.createdAt),
    index('tickets_search_idx').using('gin', t.search),
    index('tickets_tags_idx').using('gin', t.tags),
  ],
);

/** Each tenant's last ticket number: the row lock taken by its increment serializes concurrent creates. */
export const ticketCounters = pgTable('ticket_counters', {
  tenantId: uuid('tenant_id').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

/** A tenant's macros: named sets of ticket actions (docs/api.md §4.14), managed by supervisors. */
export const macros = pgTable(
  'macros',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    name: text('name').notNull(),
    actions: jsonb('actions').$type<MacroAction[]>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [uniqueIndex('macros_tenant_name_uq').on(t.tenantId, sql`lower(${t.name})`)],
);

/** Who changed what, when: one row per change of a ticket (GET /api/tickets/:id/history). */
export const ticketHistory = pgTable(
  'ticket_history',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default(sql`'{}'::jsonb`),
    at: at('at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('ticket_history_ticket_idx').on(t.ticketId, t.at)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    authorType: text('author_type', { enum: ['agent', 'customer', 'system'] }).notNull(),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    internal: boolean('internal').notNull().default(false),
    deliveryStatus: text('delivery_status', { enum: ['sent', 'delivered', 'read', 'failed'] })
      .notNull()
      .default('sent'),
    externalId: text('external_id'),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(body, ''))`),
  },
  (t) => [
    index('messages_ticket_idx').on(t.ticketId, t.createdAt),
    uniqueIndex('messages_tenant_external_uq')
      .on(t.tenantId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('messages_search_idx').using('gin', t.search),
  ],
);

/** Read receipts: which user read which message, once. */
export const messageReads = pgTable(
  'message_reads',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id),
    userId: uuid('user_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    readAt: at('read_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] })],
);

/**
 * A file on a ticket (docs/api.md §4.16): its bytes in object storage under `storageKey`
 * (`<tenantId>/<id>`), its row here. `messageId` is null until a message carries it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** Null when a channel brought it with a customer message. */
    uploadedBy: uuid('uploaded_by'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    messageId: uuid('message_id').references(() => messages.id),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('attachments_message_idx').on(t.messageId),
    index('attachments_ticket_idx').on(t.tenantId, t.ticketId),
  ],
);

/** Each tenant's inbound channel secret (docs/api.md §4.6). */
export const channelSecrets = pgTable('channel_secrets', {
  tenantId: uuid('tenant_id').primaryKey(),
  secret: text('secret').notNull(),
  rotatedAt: at('rotated_at').notNull().defaultNow().$defaultFn(now),
  /** Where Switchboard posts to the channel (the CSAT survey link), signed with the secret. */
  callbackUrl: text('callback_url'),
});

/** Tenants' display names, from auth's tenant.created: the survey page names the tenant. */
export const tenants = pgTable('tenants', {
  tenantId: uuid('tenant_id').primaryKey(),
  name: text('name').notNull(),
});

/**
 * The agents this service knows, from auth's user.* events and presence's agent.* events:
 * everything auto-assignment needs without reading another service's database.
 */
export const agents = pgTable(
  'agents',
  {
    agentId: uuid('agent_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    role: text('role').notNull(),
    /** The user's full name: what {{agent.name}} renders (canned responses). */
    name: text('name'),
    department: text('department'),
    isActive: boolean('is_active').notNull().default(true),
    clockedIn: boolean('clocked_in').notNull().default(false),
    onBreak: boolean('on_break').notNull().default(false),
    onlineStatus: text('online_status').notNull().default('offline'),
    capacity: integer('capacity'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    idleSince: at('idle_since').notNull().defaultNow().$defaultFn(now),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('agents_tenant_idx').on(t.tenantId)],
);

/** Per-tenant auto-assignment settings (docs/api.md §4.5). */
export const assignmentSettings = pgTable('assignment_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  defaultCapacity: integer('default_capacity').notNull().default(3),
  reassignAfterMinutes: integer('reassign_after_minutes'),
  categoryDepartments: jsonb('category_departments').$type<Record<string, string>>().notNull().default({}),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});

/** SLA targets per tenant and priority. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    tenantId: uuid('tenant_id').notNull(),
    priority: text('priority', { enum: ['low', 'medium', 'high', 'urgent'] }).notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    nextResponseMinutes: integer('next_response_minutes'),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    businessHours: boolean('business_hours').notNull().default(false),
    warnAtPercent: integer('warn_at_percent').notNull().default(80),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.priority] })],
);

/** A tenant's business hours and holidays, for SLA policies that count business time only. */
export const businessCalendars = pgTable('business_calendars', {
  tenantId: uuid('tenant_id').primaryKey(),
  timeZone: text('time_zone').notNull(),
  weekly: jsonb('weekly').notNull(),
  holidays: jsonb('holidays').$type<string[]>().notNull().default([]),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});

/** SLA warnings and breaches, one per ticket, target and clock start (a next-response clock restarts). */
export const slaBreaches = pgTable(
  'sla_breaches',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    target: text('target', { enum: ['first_response', 'next_response', 'resolution'] }).notNull(),
    state: text('state', { enum: ['warning', 'breached'] }).notNull(),
    clockStartedAt: at('clock_started_at').notNull(),
    crossedAt: at('crossed_at').notNull(),
    detectedAt: at('detected_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    uniqueIndex('sla_breaches_once_uq').on(t.ticketId, t.target, t.state, t.clockStartedAt),
    index('sla_breaches_tenant_idx').on(t.tenantId, t.crossedAt),
  ],
);

/** One-time CSAT survey tokens, issued when a ticket is resolved (docs/api.md §4.8). */
export const csatSurveys = pgTable(
  'csat_surveys',
  {
    token: text('token').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    agentId: uuid('agent_id'),
    issuedAt: at('issued_at').notNull().defaultNow().$defaultFn(now),
    rating: integer('rating'),
    comment: text('comment'),
    answeredAt: at('answered_at'),
  },
  (t) => [index('csat_surveys_ticket_idx').on(t.ticketId)],
);

/**
 * Which channel already carried a survey's link (docs/tickets.md "CSAT"): committed right after each
 * send, so a retried or redelivered ticket.resolved sends the link once per channel.
 */
export const csatDeliveries = pgTable(
  'csat_deliveries',
  {
    token: text('token')
      .notNull()
      .references(() => csatSurveys.token),
    tenantId: uuid('tenant_id').notNull(),
    channel: text('channel', { enum: ['callback', 'email'] }).notNull(),
    deliveredAt: at('delivered_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.token, t.channel] })],
);

/**
 * Canned responses (docs/api.md §4.15): tenant-wide when `ownerId` is null, else one agent's own.
 * A short code is unique within its scope: the tenant's shared ones, or one owner's.
 */
export const cannedResponses = pgTable(
  'canned_responses',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ownerId: uuid('owner_id'),
    shortCode: text('short_code').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow().$defaultFn(now),
    updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    uniqueIndex('canned_responses_tenant_code_uq')
      .on(t.tenantId, t.shortCode)
      .where(sql`${t.ownerId} is null`),
    uniqueIndex('canned_responses_owner_code_uq')
      .on(t.tenantId, t.ownerId, t.shortCode)
      .where(sql`${t.ownerId} is not null`),
  ],
);
