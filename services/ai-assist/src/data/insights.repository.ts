import type { AiProviderName, Priority, Sentiment } from '@switchboard/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Draft } from '../domain/draft.js';
import type { Tx } from './db.js';
import { ticketInsights } from './schema.js';

export type StoredClassification = {
  messageId: string;
  category: string | null;
  priority: Priority | null;
  sentiment: Sentiment;
  sentimentScore: number;
  language: string;
  confidence: number;
  provider: AiProviderName;
  at: Date;
};

export type StoredDraft = Draft & { messageId: string; provider: AiProviderName; at: Date };

const classificationColumns = (c: StoredClassification) => ({
  classificationMessageId: c.messageId,
  category: c.category,
  priority: c.priority,
  sentiment: c.sentiment,
  sentimentScore: c.sentimentScore,
  language: c.language,
  confidence: c.confidence,
  classificationProvider: c.provider,
  classifiedAt: c.at,
});

const draftColumns = (d: StoredDraft) => ({
  draftMessageId: d.messageId,
  draftContent: d.content,
  draftSources: d.sources,
  draftConfidence: d.confidence,
  draftProvider: d.provider,
  draftedAt: d.at,
});

/** The ticket's latest classification, and its latest draft when there is a new one. */
export async function saveInsight(
  tx: Tx,
  tenantId: string,
  ticketId: string,
  classification: StoredClassification,
  draft: StoredDraft | null,
): Promise<void> {
  const set = { ...classificationColumns(classification), ...(draft ? draftColumns(draft) : {}) };
  await tx
    .insert(ticketInsights)
    .values({ ticketId, tenantId, ...set })
    .onConflictDoUpdate({ target: ticketInsights.ticketId, set });
}

export type InsightRow = typeof ticketInsights.$inferSelect;

export async function findInsight(
  tx: Tx,
  tenantId: string,
  ticketId: string,
): Promise<InsightRow | undefined> {
  const [row] = await tx
    .select()
    .from(ticketInsights)
    .where(and(eq(ticketInsights.tenantId, tenantId), eq(ticketInsights.ticketId, ticketId)));
  return row;
}

export async function findInsights(tx: Tx, tenantId: string, ticketIds: string[]): Promise<InsightRow[]> {
  return tx
    .select()
    .from(ticketInsights)
    .where(and(eq(ticketInsights.tenantId, tenantId), inArray(ticketInsights.ticketId, ticketIds)));
}
