import type { CannedCandidate, Draft, DraftContext, ResolvedConversation } from '../domain/draft.js';
import type { Sentiment } from '../domain/sentiment.js';
import type { TenantModel } from '../domain/tenant-model.js';

/** One customer message of one tenant, with what that tenant has labelled so far. */
export interface ClassifyInput {
  tenantId: string;
  text: string;
  model: TenantModel;
  /** The tenant's categories and priorities: the only labels an answer may carry. */
  categories: string[];
  priorities: string[];
}

/** SPEC §8.4's `ai_classification` payload, less the ticket and message ids. */
export interface AiClassification {
  /** null until the tenant has labelled a ticket. */
  category: string | null;
  priority: string | null;
  sentiment: Sentiment;
  /** In [-1, 1]. */
  sentimentScore: number;
  /** ISO 639-1, or "und". */
  language: string;
  /** In [0, 1]; auto-apply compares it with the tenant's threshold. */
  confidence: number;
}

/** The tenant's own candidates for a reply, already ranked by retrieval. */
export interface DraftInput {
  tenantId: string;
  text: string;
  conversations: ResolvedConversation[];
  canned: CannedCandidate[];
  context: DraftContext;
}

export type ProviderName = 'local' | 'openai';

/** Why `local` answered although `openai` was asked. */
export type FallbackReason =
  | 'rate_limited'
  | 'timeout'
  | 'unreachable'
  | 'http_status'
  | 'invalid_json'
  | 'schema_mismatch'
  | 'unknown_label'
  | 'unknown_source';

/** Which provider answered, so the service can log and count fallbacks. */
export type Answer<T> = { result: T; provider: ProviderName; fallbackReason?: FallbackReason };

export interface Provider {
  classify(input: ClassifyInput): Promise<Answer<AiClassification>>;
  /** null: nothing the tenant wrote is close enough to build a reply on. */
  draft(input: DraftInput): Promise<Answer<Draft | null>>;
}
