import type { Customer, CustomerProfile, Ticket } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import { keys as ticketKeys } from '../../realtime/query-keys.js';
import type { AttributePatch } from './attributes.js';

/** This feature's cache keys; every customer query starts with 'customers' so one invalidation refreshes them. */
export const customerKeys = {
  all: ['customers'] as const,
  list: (q: string, page: number) => ['customers', 'list', q, page] as const,
  profile: (id: string) => ['customers', 'profile', id] as const,
  tickets: (id: string, page: number) => ['customers', 'tickets', id, page] as const,
};

export function useCustomers(q: string, page: number) {
  return useQuery({
    queryKey: customerKeys.list(q, page),
    queryFn: () =>
      api<Page<Customer>>('/api/customers', { query: { q: q.trim() || undefined, page, limit: 20 } }),
    placeholderData: keepPreviousData,
  });
}

export const useCustomer = (id: string) =>
  useQuery({
    queryKey: customerKeys.profile(id),
    queryFn: () => api<CustomerProfile>(`/api/customers/${id}`),
  });

export function useCustomerTickets(id: string, page: number, limit = 10) {
  return useQuery({
    queryKey: [...customerKeys.tickets(id, page), limit],
    queryFn: () => api<Page<Ticket>>(`/api/customers/${id}/tickets`, { query: { page, limit } }),
    placeholderData: keepPreviousData,
  });
}

export type CustomerFields = { name: string; email: string | null; phone: string | null };

/** A write answers the profile: it goes straight into the cache, and every list refreshes. */
function useProfileAnswer() {
  const qc = useQueryClient();
  return (profile: CustomerProfile) => {
    qc.setQueryData(customerKeys.profile(profile.id), profile);
    void qc.invalidateQueries({ queryKey: customerKeys.all });
  };
}

export function useCreateCustomer() {
  const answer = useProfileAnswer();
  return useMutation({
    mutationFn: (body: { name: string; email?: string; phone?: string }) =>
      api<CustomerProfile>('/api/customers', { method: 'POST', body }),
    onSuccess: answer,
  });
}

export function useUpdateCustomer(id: string) {
  const answer = useProfileAnswer();
  return useMutation({
    mutationFn: (body: Partial<CustomerFields> & { attributes?: AttributePatch }) =>
      api<CustomerProfile>(`/api/customers/${id}`, { method: 'PATCH', body }),
    onSuccess: answer,
  });
}

/** Folds this customer into another; their tickets now name the other one, so ticket caches refresh too. */
export function useMergeCustomer(id: string) {
  const qc = useQueryClient();
  const answer = useProfileAnswer();
  return useMutation({
    mutationFn: (intoCustomerId: string) =>
      api<CustomerProfile>(`/api/customers/${id}/merge`, { method: 'POST', body: { intoCustomerId } }),
    onSuccess: (profile) => {
      qc.removeQueries({ queryKey: customerKeys.profile(id) });
      answer(profile);
      void qc.invalidateQueries({ queryKey: ticketKeys.tickets });
    },
  });
}
