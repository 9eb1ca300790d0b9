import type { Ticket } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import { newerTicket } from '../../realtime/cache-reducers.js';
import { keys } from '../../realtime/query-keys.js';

export type TagCount = { tag: string; count: number };

/** GET /api/tags: the tenant's tags, most used first; ticket_tags_changed reloads it. */
export const useTags = () =>
  useQuery({ queryKey: keys.tags, queryFn: () => api<{ data: TagCount[] }>('/api/tags') });

/** PUT /api/tickets/:id/tags: the ticket's whole tag list; the answer updates the caches at once. */
export function useSetTags(ticketId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tags: string[]) =>
      api<Ticket>(`/api/tickets/${ticketId}/tags`, { method: 'PUT', body: { tags } }),
    onSuccess: (ticket) => {
      qc.setQueryData<Ticket>(keys.ticket(ticket.id), (cached) => newerTicket(cached, ticket));
      void qc.invalidateQueries({ queryKey: keys.tickets });
      void qc.invalidateQueries({ queryKey: keys.tags });
      void qc.invalidateQueries({ queryKey: keys.history(ticket.id) });
    },
  });
}
