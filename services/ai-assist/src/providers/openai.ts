import { z } from 'zod';
import type { AiAssistConfig } from '../config.js';
import { type DraftSource, depersonalise, fillPlaceholders } from '../domain/draft.js';
import { type ChatEndpoint, completeJson, ProviderFailure } from './chat-completions.js';
import { localProvider } from './local.js';
import type { AiClassification, Answer, ClassifyInput, DraftInput, Provider } from './provider.js';
import { tenantRateLimit } from './rate-limit.js';

type OpenAiConfig = Pick<
  AiAssistConfig,
  'AI_BASE_URL' | 'AI_API_KEY' | 'AI_MODEL' | 'AI_TIMEOUT_MS' | 'AI_REQUESTS_PER_MINUTE'
>;

const classificationSchema = z.object({
  category: z.string().nullable(),
  priority: z.string().nullable(),
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  sentimentScore: z.number().min(-1).max(1),
  language: z.string().regex(/^([a-z]{2}|und)$/),
  confidence: z.number().min(0).max(1),
});

const draftSchema = z.object({
  draft: z
    .object({
      content: z.string().trim().min(1),
      sources: z.array(z.string()),
      confidence: z.number().min(0).max(1),
    })
    .nullable(),
});

const listed = (labels: string[]) =>
  labels.length ? labels.map((l) => JSON.stringify(l)).join(', ') : 'none';

const classifyPrompt = ({ categories, priorities }: ClassifyInput): string =>
  [
    "Classify the customer's message to a support team. Answer with one JSON object:",
    '{"category": string|null, "priority": string|null, "sentiment": "negative"|"neutral"|"positive",',
    '"sentimentScore": number in [-1, 1], "language": ISO 639-1 code or "und", "confidence": number in [0, 1]}.',
    `category is one of: ${listed(categories)}; priority is one of: ${listed(priorities)};`,
    'null only when that list is none. confidence: how sure you are of both category and priority.',
  ].join('\n');

function parse<S extends z.ZodType>(schema: S, answer: unknown): z.infer<S> {
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new ProviderFailure('schema_mismatch', parsed.error.message);
  return parsed.data;
}

// A label the tenant never used would file the ticket where no queue or report expects it.
const knownLabel = (label: string | null, labels: string[]) => label === null || labels.includes(label);

async function classifyWith(endpoint: ChatEndpoint, input: ClassifyInput): Promise<AiClassification> {
  const answer = await completeJson(endpoint, [
    { role: 'system', content: classifyPrompt(input) },
    { role: 'user', content: input.text },
  ]);
  const result = parse(classificationSchema, answer);
  if (!knownLabel(result.category, input.categories) || !knownLabel(result.priority, input.priorities)) {
    throw new ProviderFailure('unknown_label', `${result.category}/${result.priority} is not the tenant's`);
  }
  return result;
}

/** The tenant's candidates as the model sees them (names of earlier customers removed), by id. */
function candidatesOf({ conversations, canned, context }: DraftInput) {
  const byId = new Map<string, { source: DraftSource; text: string }>();
  for (const c of conversations) {
    byId.set(`ticket:${c.ticketId}`, { source: { ticketId: c.ticketId }, text: depersonalise(c) });
  }
  for (const c of canned) {
    byId.set(`canned:${c.cannedResponseId}`, {
      source: { cannedResponseId: c.cannedResponseId },
      text: c.content,
    });
  }
  for (const entry of byId.values()) entry.text = fillPlaceholders(entry.text, context);
  return byId;
}

const draftPrompt = (candidates: ReturnType<typeof candidatesOf>): string =>
  [
    "Draft the support agent's reply to the customer's message, built only on the team's earlier",
    'replies below; never promise what they do not. Answer with one JSON object:',
    '{"draft": {"content": string, "sources": [ids of the replies used], "confidence": number in [0, 1]}}',
    'or {"draft": null} when none of them answers the message.',
    JSON.stringify([...candidates].map(([id, { text }]) => ({ id, text }))),
  ].join('\n');

async function draftWith(endpoint: ChatEndpoint, input: DraftInput) {
  const candidates = candidatesOf(input);
  const answer = await completeJson(endpoint, [
    { role: 'system', content: draftPrompt(candidates) },
    { role: 'user', content: input.text },
  ]);
  const { draft } = parse(draftSchema, answer);
  if (!draft) return null;
  const sources = draft.sources.map((id) => {
    const candidate = candidates.get(id);
    if (!candidate) throw new ProviderFailure('unknown_source', `${id} is not one of the candidates`);
    return candidate.source;
  });
  return { content: draft.content, sources, confidence: draft.confidence };
}

/**
 * The `openai` provider: asks the endpoint, and on any failure (rate limit, timeout, error
 * status, bad JSON, wrong shape, a label or source that is not the tenant's) answers with
 * `local` and says why, so a message is never left unclassified.
 */
export function openAiProvider(config: OpenAiConfig): Provider {
  const endpoint: ChatEndpoint = {
    baseUrl: config.AI_BASE_URL,
    apiKey: config.AI_API_KEY,
    model: config.AI_MODEL,
    timeoutMs: config.AI_TIMEOUT_MS,
  };
  const limit = tenantRateLimit(config.AI_REQUESTS_PER_MINUTE);

  async function ask<T>(
    tenantId: string,
    remote: () => Promise<T>,
    local: () => Promise<Answer<T>>,
  ): Promise<Answer<T>> {
    if (!limit.take(tenantId)) return { ...(await local()), fallbackReason: 'rate_limited' };
    try {
      return { result: await remote(), provider: 'openai' };
    } catch (error) {
      if (!(error instanceof ProviderFailure)) throw error;
      return { ...(await local()), fallbackReason: error.reason };
    }
  }

  return {
    classify: (input) =>
      ask(
        input.tenantId,
        () => classifyWith(endpoint, input),
        () => localProvider.classify(input),
      ),
    draft: (input) =>
      ask(
        input.tenantId,
        () => draftWith(endpoint, input),
        () => localProvider.draft(input),
      ),
  };
}
