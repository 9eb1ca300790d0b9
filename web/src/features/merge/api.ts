import type { Ticket } from '@switchboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/** POST /api/tickets/:id/merge: the ticket that stays; both tickets and threads reload. */
export function useMergeTicket(sourceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (intoTicketId: string) =>
      api<Ticket>(`/api/tickets/${sourceId}/merge`, { method: 'POST', body: { intoTicketId } }),
    onSuccess: (target) => {
      for (const id of [sourceId, target.id])
        for (const key of [keys.ticket(id), keys.messages(id), keys.history(id)])
          void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: keys.tickets });
    },
  });
}
