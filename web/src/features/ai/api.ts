import type { AiProviderName, Priority, Sentiment } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isUnavailable } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/* AI assist's answers (docs/api.md, AI assist): what the ai-assist service says about tickets. */

/** The latest classification of a ticket's customer messages. */
export type TicketClassification = {
  messageId: string;
  category: string | null;
  priority: Priority | null;
  sentiment: Sentiment;
  sentimentScore: number;
  language: string;
  confidence: number;
  provider: AiProviderName;
  classifiedAt: string;
};

export type DraftSource = { ticketId: string } | { cannedResponseId: string };

/** A reply drafted for the ticket's assignee (null for everyone else). */
export type TicketDraft = {
  messageId: string;
  content: string;
  sources: DraftSource[];
  confidence: number;
  provider: AiProviderName;
  draftedAt: string;
};

export type TicketAi = {
  ticketId: string;
  classification: TicketClassification | null;
  draft: TicketDraft | null;
};

/** One listed ticket's latest classification (GET /api/ai/tickets), for the sentiment badges. */
export type TicketSentiment = {
  ticketId: string;
  category: string | null;
  priority: Priority | null;
  sentiment: Sentiment;
  sentimentScore: number;
  confidence: number;
  classifiedAt: string;
};

export type AiSettings = {
  enabled: boolean;
  provider: AiProviderName;
  autoApply: { category: boolean; priority: boolean };
  autoApplyMinConfidence: number;
};

/** The most ids one GET /api/ai/tickets takes. */
export const SENTIMENT_BATCH = 100;

/** Without the ai-assist service the gateway answers 404 or 503: the screens then show no AI, not an error. */
const orNothing =
  <T>(nothing: T) =>
  (err: unknown): T => {
    if (isUnavailable(err)) return nothing;
    throw err;
  };

export const useTicketAi = (ticketId: string) =>
  useQuery({
    queryKey: keys.ticketAi(ticketId),
    queryFn: () =>
      api<{ data: TicketAi }>(`/api/tickets/${ticketId}/ai`)
        .then((a) => a.data)
        .catch(orNothing(null)),
  });

export const batches = (ids: readonly string[]) =>
  Array.from({ length: Math.ceil(ids.length / SENTIMENT_BATCH) }, (_, i) =>
    ids.slice(i * SENTIMENT_BATCH, (i + 1) * SENTIMENT_BATCH),
  );

/** The latest classification of each listed ticket, by ticket id; ai_classification keeps it live. */
export function useTicketSentiments(ticketIds: readonly string[]) {
  const ids = [...new Set(ticketIds)].sort();
  const query = useQuery({
    queryKey: keys.aiSentimentsOf(ids),
    queryFn: async () => {
      const answers = await Promise.all(
        batches(ids).map((batch) =>
          api<{ data: TicketSentiment[] }>('/api/ai/tickets', { query: { ids: batch.join(',') } }),
        ),
      );
      return answers.flatMap((a) => a.data);
    },
    enabled: ids.length > 0,
    // A list that changes (a page, a new ticket) keeps its badges while the next answer comes.
    placeholderData: keepPreviousData,
    retry: false,
  });
  const byTicket = new Map((query.isError ? [] : (query.data ?? [])).map((s) => [s.ticketId, s]));
  return (ticketId: string) => byTicket.get(ticketId);
}

/** Tickets the AI is reading now (ticket id → message id), from ai_processing_started / _completed. */
export const useAiProcessing = () =>
  useQuery<Record<string, string>>({
    queryKey: keys.aiProcessing,
    queryFn: () => ({}),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

/**
 * The drafts this tab inserted or discarded (their message ids), so a refetch does not offer
 * them again. The tab's own: a refetch (every query is invalidated after a lost gap) keeps it.
 */
export function useDismissedDrafts() {
  const qc = useQueryClient();
  const query = useQuery<string[]>({
    queryKey: keys.aiDismissed,
    queryFn: () => qc.getQueryData<string[]>(keys.aiDismissed) ?? [],
    initialData: [],
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const dismiss = (messageId: string) =>
    qc.setQueryData<string[]>(keys.aiDismissed, (list = []) => [...list, messageId]);
  return { dismissed: query.data, dismiss };
}

export const useAiSettings = () =>
  useQuery({
    queryKey: keys.aiSettings,
    queryFn: async () => (await api<{ data: AiSettings }>('/api/ai/settings')).data,
  });

export function useSaveAiSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: Record<string, unknown>) =>
      (await api<{ data: AiSettings }>('/api/ai/settings', { method: 'PUT', body })).data,
    onSuccess: (saved) => qc.setQueryData(keys.aiSettings, saved),
  });
}
