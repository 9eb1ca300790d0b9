import { now } from '@switchboard/clock';
import type { AiProviderName, Priority, Sentiment } from '@switchboard/contracts';
import { type SQL, sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DraftSource } from '../domain/draft.js';
import type { TenantModel } from '../domain/tenant-model.js';

export { outbox, processedEvents } from '@switchboard/event-bus';

const at = (name: string) => timestamp(name, { withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** One row per tenant: its own classifier, never read for another tenant. */
export const tenantModels = pgTable('tenant_models', {
  tenantId: uuid('tenant_id').primaryKey(),
  model: jsonb('model').$type<TenantModel>().notNull(),
  /** Labelled tickets learned since the last full retrain, to decide when to retrain. */
  learnedSinceTrain: integer('learned_since_train').notNull().default(0),
  trainedAt: at('trained_at').notNull().defaultNow().$defaultFn(now),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});

/** A tenant's AI settings (GET/PUT /api/ai/settings); a tenant without a row has the defaults. */
export const aiSettings = pgTable('ai_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  enabled: boolean('enabled').notNull(),
  provider: text('provider').$type<AiProviderName>().notNull(),
  autoApplyCategory: boolean('auto_apply_category').notNull(),
  autoApplyPriority: boolean('auto_apply_priority').notNull(),
  autoApplyMinConfidence: doublePrecision('auto_apply_min_confidence').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/**
 * The tenant's tickets as the ticket service announces them, with what the model learns from
 * (human labels, the first customer message) and what a draft is built on (the agent's reply).
 */
export const tickets = pgTable(
  'tickets',
  {
    ticketId: uuid('ticket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    /** The text the ticket is classified and found by; null until the customer wrote. */
    firstCustomerMessage: text('first_customer_message'),
    category: text('category'),
    priority: text('priority').$type<Priority>().notNull(),
    assigneeId: uuid('assignee_id'),
    status: text('status').notNull(),
    /** Whether a person set the category / priority (system and AI changes are not labels). */
    categoryLabelled: boolean('category_labelled').notNull().default(false),
    priorityLabelled: boolean('priority_labelled').notNull().default(false),
    /** The latest public agent reply: once RESOLVED or CLOSED, the reply that resolved it. */
    lastAgentReply: text('last_agent_reply'),
    customerName: text('customer_name'),
    /** The ticket's updatedAt in the last applied event: an older event does not overwrite a newer one. */
    ticketUpdatedAt: at('ticket_updated_at').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('english', ${tickets.subject} || ' ' || coalesce(${tickets.firstCustomerMessage}, ${tickets.description}))`,
    ),
  },
  (t) => [
    index('tickets_tenant_status_idx').on(t.tenantId, t.status),
    index('tickets_search_idx').using('gin', t.search),
  ],
);

/** Per ticket, the latest classification and the latest draft (GET /api/tickets/:id/ai). */
export const ticketInsights = pgTable(
  'ticket_insights',
  {
    ticketId: uuid('ticket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    classificationMessageId: uuid('classification_message_id').notNull(),
    category: text('category'),
    priority: text('priority').$type<Priority>(),
    sentiment: text('sentiment').$type<Sentiment>().notNull(),
    sentimentScore: doublePrecision('sentiment_score').notNull(),
    language: text('language').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    classificationProvider: text('classification_provider').$type<AiProviderName>().notNull(),
    classifiedAt: at('classified_at').notNull(),
    draftMessageId: uuid('draft_message_id'),
    draftContent: text('draft_content'),
    draftSources: jsonb('draft_sources').$type<DraftSource[]>(),
    draftConfidence: doublePrecision('draft_confidence'),
    draftProvider: text('draft_provider').$type<AiProviderName>(),
    draftedAt: at('drafted_at'),
  },
  (t) => [index('ticket_insights_tenant_idx').on(t.tenantId)],
);

/**
 * The tenant's canned responses as the ticket service announces them (canned_response.* events):
 * what a draft may be built on besides resolved conversations. `ownerId` null: the tenant's shared
 * ones; else one agent's, offered only in that agent's drafts.
 */
export const cannedResponses = pgTable(
  'canned_responses',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    ownerId: uuid('owner_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The response's updatedAt in the last applied event: an older event does not overwrite a newer one. */
    responseUpdatedAt: at('response_updated_at').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('english', ${cannedResponses.title} || ' ' || ${cannedResponses.body})`,
    ),
  },
  (t) => [
    index('canned_responses_tenant_idx').on(t.tenantId),
    index('canned_responses_search_idx').using('gin', t.search),
  ],
);
