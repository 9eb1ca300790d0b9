import type { Macro, MacroAction, Ticket } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import { newerTicket } from '../../realtime/cache-reducers.js';
import { keys } from '../../realtime/query-keys.js';

export type MacroBody = { name: string; actions: MacroAction[] };

const macrosKey = ['macros'] as const;

/** GET /api/macros: the tenant's macros, by name. */
export const useMacros = () =>
  useQuery({ queryKey: macrosKey, queryFn: () => api<{ data: Macro[] }>('/api/macros') });

/** POST /api/macros, or PATCH /api/macros/:id when editing one. */
export function useSaveMacro() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: MacroBody }) =>
      id
        ? api<Macro>(`/api/macros/${id}`, { method: 'PATCH', body })
        : api<Macro>('/api/macros', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: macrosKey }),
  });
}

export function useDeleteMacro() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/macros/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: macrosKey }),
  });
}

/** POST /api/tickets/:id/macros/:macroId: the ticket as every step left it, in the caches at once. */
export function useApplyMacro(ticketId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (macroId: string) =>
      api<Ticket>(`/api/tickets/${ticketId}/macros/${macroId}`, { method: 'POST' }),
    onSuccess: (ticket) => {
      qc.setQueryData<Ticket>(keys.ticket(ticket.id), (cached) => newerTicket(cached, ticket));
      for (const key of [keys.tickets, keys.tags, keys.messages(ticket.id), keys.history(ticket.id)])
        void qc.invalidateQueries({ queryKey: key });
    },
  });
}
