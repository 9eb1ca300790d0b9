import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import type { Broadcast, HelpRequest, Page } from '../../lib/types.js';
import { keys } from '../../realtime/query-keys.js';

export const useBroadcasts = () =>
  useQuery({
    queryKey: keys.broadcasts,
    queryFn: () => api<Page<Broadcast>>('/api/broadcasts', { query: { limit: 50 } }),
  });

export function useAcknowledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ acknowledgedAt: string }>(`/api/broadcasts/${id}/ack`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.broadcasts }),
  });
}

export type Audience = { type: Broadcast['audience']['type']; value?: string | string[] | null };

export function useSendBroadcast() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { message: string; audience: Audience }) =>
      api<Broadcast>('/api/broadcasts', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.broadcasts }),
  });
}

export const useHelpRequests = (status: string, enabled = true) =>
  useQuery({
    enabled,
    queryKey: [...keys.help, status],
    queryFn: () =>
      api<Page<HelpRequest>>('/api/help-requests', { query: { status: status || undefined, limit: 50 } }),
  });

export function useMoveHelp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'accept' | 'resolve' }) =>
      api<HelpRequest>(`/api/help-requests/${id}/${to}`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.help }),
  });
}
