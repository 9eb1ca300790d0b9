import type { Agent } from '@switchboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';
import type { Workload } from './workload.js';

/** Every user of the tenant, for names on tickets, the board and messages. */
export function useDirectory() {
  return useQuery({
    queryKey: keys.directory,
    queryFn: async () => {
      const users: Agent[] = [];
      for (let page = 1; page <= 20; page++) {
        const answer = await api<Page<Agent>>('/api/agents', { query: { page, limit: 100 } });
        users.push(...answer.data);
        if (page >= answer.meta.totalPages) break;
      }
      return users;
    },
    staleTime: 60_000,
  });
}

/** A function from user id to a display name. */
export function useNames() {
  const { data } = useDirectory();
  const byId = new Map((data ?? []).map((u) => [u.id, u]));
  return (id: string | null | undefined, fallback = 'Unassigned') =>
    id ? (byId.get(id)?.fullName ?? 'Someone') : fallback;
}

export type AgentFilters = { search?: string; role?: string; status?: string; page: number };

export function useAgents(filters: AgentFilters) {
  return useQuery({
    queryKey: [...keys.agents, 'list', filters],
    queryFn: () => api<Page<Agent>>('/api/agents', { query: { ...filters, limit: 20 } }),
    placeholderData: keepPreviousData,
  });
}

export type AgentInput = Partial<Omit<Agent, 'id'>> & { password?: string };

export function useAgentMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: keys.agents });
  return {
    create: useMutation({
      mutationFn: (body: AgentInput) => api<Agent>('/api/agents', { method: 'POST', body }),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: AgentInput & { id: string }) =>
        api<Agent>(`/api/agents/${id}`, { method: 'PUT', body }),
      onSuccess: done,
    }),
    bulk: useMutation({
      mutationFn: (body: { agentIds: string[]; updates: AgentInput }) =>
        api<{ success: boolean; updated: number; errors: { agentId: string; message: string }[] }>(
          '/api/agents/bulk',
          { method: 'PUT', body },
        ),
      onSuccess: done,
    }),
    deactivate: useMutation({
      mutationFn: (id: string) => api(`/api/agents/${id}`, { method: 'DELETE' }),
      onSuccess: done,
    }),
  };
}

const workloadKey = (id: string) => [...keys.agents, 'workload', id];

/** An agent's capacity and skills for automatic assignment (docs/api.md §4.5). */
export function useWorkload(id: string) {
  return useQuery({
    queryKey: workloadKey(id),
    queryFn: () => api<Workload>(`/api/assignment/agents/${id}`),
  });
}

export function useSaveWorkload(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { capacity: unknown; skills: string[] }) =>
      api<Workload>(`/api/assignment/agents/${id}`, { method: 'PUT', body }),
    onSuccess: (saved) => qc.setQueryData(workloadKey(id), saved),
  });
}
