import type { Message, Priority, Ticket, TicketStatus } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import { joinEarlier, openingPages, threadPageSize } from '../../lib/thread-pages.js';
import { appendMessage, markRead, newerTicket, type ThreadMessage } from '../../realtime/cache-reducers.js';
import { keys } from '../../realtime/query-keys.js';
import { useHelpRequests } from '../floor/api.js';
import type { ticketBody } from './new-ticket.js';
import { failedReply, type PendingReply, type Reply, sendingReply, sentReply } from './pending-replies.js';

/** One entry of a ticket's history (GET /api/tickets/:id/history). */
export type HistoryEntry = {
  id: string;
  actorId: string | null;
  action: string;
  changes: Record<string, unknown> | null;
  at: string;
};

export type TicketFilters = {
  assigneeId?: string;
  status?: string;
  priority?: string;
  tag?: string;
  q?: string;
  sort?: string;
  page?: number;
  limit?: number;
};

export function useTickets(filters: TicketFilters, enabled = true) {
  return useQuery({
    queryKey: keys.ticketList(filters),
    queryFn: () => api<Page<Ticket>>('/api/tickets', { query: { limit: 50, ...filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const useTicket = (id: string) =>
  useQuery({ queryKey: keys.ticket(id), queryFn: () => api<Ticket>(`/api/tickets/${id}`) });

const messagesPage = (id: string, page: number) =>
  api<Page<ThreadMessage>>(`/api/tickets/${id}/messages`, { query: { page, limit: threadPageSize } });

/** The thread's newest messages (the last two pages); earlier ones come with useEarlierMessages. */
async function latestMessages(id: string) {
  const first = await messagesPage(id, 1);
  const pages = openingPages(first.meta.totalPages);
  const loaded = await Promise.all(pages.map((p) => (p === 1 ? first : messagesPage(id, p))));
  return loaded.reduceRight((later, earlier) => joinEarlier(earlier, later));
}

export const useMessages = (id: string) =>
  useQuery({ queryKey: keys.messages(id), queryFn: () => latestMessages(id) });

/** "Load earlier messages": the page before the earliest loaded, joined in front in the cache. */
export function useEarlierMessages(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (before: number) => messagesPage(id, before - 1),
    onSuccess: (earlier) =>
      qc.setQueryData<Page<ThreadMessage>>(keys.messages(id), (loaded) =>
        loaded ? joinEarlier(earlier, loaded) : loaded,
      ),
  });
}

export const useHistory = (id: string) =>
  useQuery({
    queryKey: keys.history(id),
    queryFn: () => api<{ data: HistoryEntry[] }>(`/api/tickets/${id}/history`),
  });

/** Keeps the ticket's cache in step with a mutation's answer (the socket event may come later). */
function useTicketAnswer() {
  const qc = useQueryClient();
  return (ticket: Ticket) => {
    qc.setQueryData<Ticket>(keys.ticket(ticket.id), (cached) => newerTicket(cached, ticket));
    void qc.invalidateQueries({ queryKey: keys.tickets });
    void qc.invalidateQueries({ queryKey: keys.history(ticket.id) });
  };
}

/** POST /api/tickets; the others see it through ticket_created, we at once. */
export function useCreateTicket() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnType<typeof ticketBody>) =>
      api<Ticket>('/api/tickets', { method: 'POST', body }),
    onSuccess: (ticket) => {
      qc.setQueryData(keys.ticket(ticket.id), ticket);
      void qc.invalidateQueries({ queryKey: keys.tickets });
    },
  });
}

/** What PATCH /api/tickets/:id takes from the app: a status move, or a corrected category or priority. */
export type TicketChange = {
  status?: TicketStatus;
  reason?: string;
  category?: string | null;
  priority?: Priority;
};

/** PATCH /api/tickets/:id: status moves, and the AI chips' corrections (the model learns from them). */
export function useUpdateTicket(id: string) {
  const onSuccess = useTicketAnswer();
  return useMutation({
    mutationFn: (body: TicketChange) => api<Ticket>(`/api/tickets/${id}`, { method: 'PATCH', body }),
    onSuccess,
  });
}

export function useAssign(id: string) {
  const onSuccess = useTicketAnswer();
  return useMutation({
    mutationFn: (agentId: string | null) =>
      api<Ticket>(`/api/tickets/${id}/assign`, { method: 'POST', body: { agentId } }),
    onSuccess,
  });
}

/** The replies this tab has not yet seen stored, for the thread to show as pending or failed. */
export const usePendingReplies = (id: string) =>
  useQuery({
    queryKey: keys.pendingReplies(id),
    queryFn: () => [] as PendingReply[],
    initialData: [] as PendingReply[],
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * Sends a reply (or retries one). Offline, TanStack Query holds the request until the browser is
 * back online; the reply shows as pending meanwhile and as failed if the server never takes it.
 */
export function usePostMessage(id: string) {
  const qc = useQueryClient();
  const pending = (next: (list: PendingReply[] | undefined) => PendingReply[]) =>
    qc.setQueryData<PendingReply[]>(keys.pendingReplies(id), next);
  return useMutation({
    mutationFn: ({ body, internal, attachmentIds }: Reply) =>
      api<Message>(`/api/tickets/${id}/messages`, {
        method: 'POST',
        body: { body, internal, attachmentIds },
      }),
    onMutate: (reply) => pending((list) => sendingReply(list, reply)),
    onError: (_error, reply) => pending((list) => failedReply(list, reply.clientId)),
    onSuccess: (message, reply) => {
      qc.setQueryData<Page<ThreadMessage>>(keys.messages(id), (page) =>
        appendMessage(page, { ...message, messageId: message.id }),
      );
      pending((list) => sentReply(list, reply.clientId));
    },
  });
}

export function useMarkRead(ticketId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) =>
      api<{ messageId: string; readerId: string }>(`/api/tickets/${ticketId}/messages/${messageId}/read`, {
        method: 'POST',
      }),
    onSuccess: (read) =>
      qc.setQueryData<Page<ThreadMessage>>(keys.messages(ticketId), (page) => markRead(page, read)),
  });
}

/** The agent's latest help request about this ticket (GET /api/help-requests lists an agent's own). */
export function useMyHelpRequest(ticketId: string) {
  const mine = useHelpRequests('', 1);
  return mine.data?.data.find((h) => h.ticketId === ticketId);
}

export function useCreateHelpRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ticketId?: string; message: string }) =>
      api('/api/help-requests', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.help }),
  });
}
