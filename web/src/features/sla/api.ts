import type { Ticket } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import type { SlaPolicy } from '../../lib/sla-clock.js';
import type { SlaMark } from '../../realtime/cache-reducers.js';
import { keys } from '../../realtime/query-keys.js';

/** A crossed target with its ticket (GET /api/sla/breaches). */
export type SlaBreach = {
  id: string;
  ticketId: string;
  target: 'first_response' | 'next_response' | 'resolution';
  crossedAt: string;
  clockStartedAt: string;
  ticket: Ticket;
};

export const usePolicies = () =>
  useQuery({
    queryKey: keys.policies,
    queryFn: async () => (await api<{ data: SlaPolicy[] }>('/api/sla/policies')).data,
    staleTime: 5 * 60_000,
  });

/** Warnings and breaches heard on the socket since the page opened (sla_warning / sla_breached). */
export const useSlaMarks = () =>
  useQuery<Record<string, SlaMark>>({
    queryKey: keys.slaMarks,
    queryFn: () => ({}),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

export const useBreaches = (hours: number, page: number) =>
  useQuery({
    queryKey: [...keys.breaches, hours, page],
    queryFn: () => api<Page<SlaBreach>>('/api/sla/breaches', { query: { hours, page, limit: 20 } }),
    placeholderData: keepPreviousData,
  });

export type AutomateAction = {
  ticketId: string;
  action: string;
  level: number;
  priority: string;
  assigneeId: string | null;
  outcome: string;
};

export function useAutomate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ escalated: number; actions: AutomateAction[] }>('/api/sla/automate', { method: 'POST' }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.breaches });
      void qc.invalidateQueries({ queryKey: keys.tickets });
    },
  });
}
