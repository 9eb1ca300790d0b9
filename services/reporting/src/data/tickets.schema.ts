import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/*
 * Read models of tickets, each row projected from the ticket's stored events (domain/ticket-*.ts)
 * and replaced as a whole whenever one of its events arrives. docs/metrics.md defines the numbers.
 */
const at = (name: string) => timestamp(name, { withTimezone: true });

/** One ticket as its latest event shows it, with the facts reports need. */
export const ticketFacts = pgTable(
  'ticket_facts',
  {
    ticketId: uuid('ticket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** The tenant's ticket number; null for tickets whose events predate numbers (until a rebuild). */
    number: integer('number'),
    status: text('status').notNull(),
    assigneeId: uuid('assignee_id'),
    priority: text('priority').notNull(),
    category: text('category'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customerName: text('customer_name'),
    /** `inbound` when a customer opened it through a channel, `staff` when a user did. */
    channel: text('channel', { enum: ['inbound', 'staff'] }).notNull(),
    requiresApproval: boolean('requires_approval').notNull(),
    createdAt: at('created_at').notNull(),
    firstResponseAt: at('first_response_at'),
    firstResponderId: uuid('first_responder_id'),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    resolutions: integer('resolutions').notNull(),
    reopens: integer('reopens').notNull(),
    approvalWaitSeconds: integer('approval_wait_seconds').notNull(),
    csatRating: integer('csat_rating'),
    breachedFirstResponse: boolean('breached_first_response').notNull(),
    breachedNextResponse: boolean('breached_next_response').notNull(),
    breachedResolution: boolean('breached_resolution').notNull(),
  },
  (t) => [
    index('ticket_facts_tenant_status_idx').on(t.tenantId, t.status),
    index('ticket_facts_tenant_created_idx').on(t.tenantId, t.createdAt),
  ],
);

/** The ticket's (status, assignee) over time; the last span is open. */
export const ticketSpans = pgTable(
  'ticket_spans',
  {
    ticketId: uuid('ticket_id').notNull(),
    seq: integer('seq').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    status: text('status').notNull(),
    assigneeId: uuid('assignee_id'),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.seq] }),
    index('ticket_spans_tenant_idx').on(t.tenantId, t.startedAt),
    index('ticket_spans_assignee_idx').on(t.tenantId, t.assigneeId, t.startedAt),
  ],
);

/** One resolution: the stretch from creation (or a reopen) to RESOLVED, credited to the assignee then. */
export const ticketCycles = pgTable(
  'ticket_cycles',
  {
    ticketId: uuid('ticket_id').notNull(),
    cycle: integer('cycle').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id'),
    startedAt: at('started_at').notNull(),
    resolvedAt: at('resolved_at').notNull(),
    resolutionSeconds: integer('resolution_seconds').notNull(),
    handleSeconds: integer('handle_seconds').notNull(),
    breached: boolean('breached').notNull(),
    csatRating: integer('csat_rating'),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.cycle] }),
    index('ticket_cycles_tenant_idx').on(t.tenantId, t.resolvedAt),
    index('ticket_cycles_agent_idx').on(t.tenantId, t.agentId, t.resolvedAt),
  ],
);

/** An agent's public reply that answered the customer: the first response, or a next response. */
export const ticketReplies = pgTable(
  'ticket_replies',
  {
    messageId: uuid('message_id').primaryKey(),
    ticketId: uuid('ticket_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    kind: text('kind', { enum: ['first', 'next'] }).notNull(),
    clockStartedAt: at('clock_started_at').notNull(),
    repliedAt: at('replied_at').notNull(),
    seconds: integer('seconds').notNull(),
  },
  (t) => [
    index('ticket_replies_ticket_idx').on(t.ticketId),
    index('ticket_replies_tenant_idx').on(t.tenantId, t.repliedAt),
    index('ticket_replies_agent_idx').on(t.tenantId, t.agentId, t.repliedAt),
  ],
);

/** Every message of every ticket (bodies left out), for message counts. */
export const ticketMessages = pgTable(
  'ticket_messages',
  {
    messageId: uuid('message_id').primaryKey(),
    ticketId: uuid('ticket_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    authorType: text('author_type', { enum: ['agent', 'customer', 'system'] }).notNull(),
    authorId: uuid('author_id'),
    internal: boolean('internal').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('ticket_messages_ticket_idx').on(t.ticketId),
    index('ticket_messages_tenant_idx').on(t.tenantId, t.createdAt),
  ],
);
