import type { AudienceType, HelpStatus } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/** A broadcast as GET /api/broadcasts lists it (the recipient's view carries its acknowledgement). */
export type Broadcast = {
  id: string;
  senderId: string;
  message: string;
  audience: { type: AudienceType; value: string | string[] | null };
  sentAt: string;
  acknowledgedAt?: string | null;
  recipientCount?: number;
  acknowledgedCount?: number;
};

/** A help request as GET /api/help-requests lists it. */
export type HelpRequest = {
  id: string;
  requesterId: string;
  ticketId: string | null;
  message: string;
  status: HelpStatus;
  acceptedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export const useBroadcasts = (page = 1) =>
  useQuery({
    queryKey: [...keys.broadcasts, page],
    queryFn: () => api<Page<Broadcast>>('/api/broadcasts', { query: { page, limit: 20 } }),
    placeholderData: keepPreviousData,
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

export const useHelpRequests = (status: string, page = 1, enabled = true) =>
  useQuery({
    enabled,
    queryKey: [...keys.help, status, page],
    queryFn: () =>
      api<Page<HelpRequest>>('/api/help-requests', {
        query: { status: status || undefined, page, limit: 20 },
      }),
    placeholderData: keepPreviousData,
  });

export function useMoveHelp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'accept' | 'resolve' }) =>
      api<HelpRequest>(`/api/help-requests/${id}/${to}`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.help }),
  });
}

/** A message of a help request's thread (GET /api/help-requests/:id/messages). */
export type HelpMessage = {
  id: string;
  helpRequestId: string;
  authorId: string;
  body: string;
  createdAt: string;
};

/** Under keys.help, so help_message (and help_updated) refetch it. */
const threadKey = (id: string) => [...keys.help, 'thread', id] as const;

export const useHelpThread = (id: string) =>
  useQuery({
    queryKey: threadKey(id),
    queryFn: () => api<Page<HelpMessage>>(`/api/help-requests/${id}/messages`, { query: { limit: 100 } }),
  });

export function usePostHelpMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<HelpMessage>(`/api/help-requests/${id}/messages`, { method: 'POST', body: { body } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: threadKey(id) }),
  });
}
