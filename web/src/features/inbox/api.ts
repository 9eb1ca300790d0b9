import type { Notification } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/* The caller's notification inbox (docs/api.md §4.18): theirs alone, kept for later. */

export type Inbox = Page<Notification> & { meta: Page<Notification>['meta'] & { unreadCount: number } };

/** The latest notifications the bell lists; older ones stay on the server, read or not. */
const shown = 20;

export function useInbox() {
  return useQuery({
    queryKey: keys.inbox,
    queryFn: () => api<Inbox>('/api/notifications', { query: { limit: shown } }),
    staleTime: 30_000,
  });
}

/** Marks one read (`id`) or all; the socket's notifications_read updates every tab, this one at once. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      api(id ? `/api/notifications/${id}/read` : '/api/notifications/read-all', { method: 'POST' }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.inbox }),
  });
}
