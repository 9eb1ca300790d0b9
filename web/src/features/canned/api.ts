import type { CannedResponse, CannedScope } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

/* Canned responses (docs/api.md §4.15): the tenant's shared ones and the caller's own. */

const cannedKey = ['canned', 'list'] as const;

export type CannedInput = { shortCode: string; title: string; body: string; scope: CannedScope };

/** Every response the caller may use; the picker searches them in the browser (fuzzy.ts). */
export const useCannedResponses = (enabled = true) =>
  useQuery({
    queryKey: cannedKey,
    queryFn: async () => (await api<{ data: CannedResponse[] }>('/api/canned-responses')).data,
    enabled,
    staleTime: 60_000,
  });

/** The response filled in for this ticket and the caller, for the composer to insert and edit. */
export const renderedFor = async (ticketId: string, cannedId: string) =>
  (await api<{ body: string }>(`/api/tickets/${ticketId}/canned-responses/${cannedId}/rendered`)).body;

export function useCannedMutations() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: cannedKey });
  return {
    create: useMutation({
      mutationFn: (body: CannedInput) =>
        api<CannedResponse>('/api/canned-responses', { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: Omit<CannedInput, 'scope'> & { id: string }) =>
        api<CannedResponse>(`/api/canned-responses/${id}`, { method: 'PATCH', body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<null>(`/api/canned-responses/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
