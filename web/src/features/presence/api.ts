import type { Activity, Availability, OnlineStatus } from '@switchboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import { keys } from '../../realtime/query-keys.js';

/** One agent's row of the live board (GET /api/presence; clocking and status moves answer it too). */
export type PresenceEntry = {
  agentId: string;
  onlineStatus: OnlineStatus;
  availability: Availability;
  activity: Activity;
  since: string;
  openTickets: number;
  capacity: number | null;
  connections: number;
};

/** The live board (GET /api/presence), kept current by agent_* socket events. */
export const usePresence = () =>
  useQuery({
    queryKey: keys.presence,
    queryFn: async () => (await api<{ data: PresenceEntry[] }>('/api/presence')).data,
  });

export type SessionMove =
  | 'clock-in'
  | 'clock-out'
  | 'break/start'
  | 'break/end'
  | 'on-call/start'
  | 'on-call/end';

/** Clocking, breaks and calls answer the agent's new board entry. */
export function useSessionMove(agentId: string) {
  const qc = useQueryClient();
  const put = (entry: PresenceEntry) =>
    qc.setQueryData<PresenceEntry[]>(keys.presence, (board) =>
      board?.some((e) => e.agentId === agentId)
        ? board.map((e) => (e.agentId === agentId ? entry : e))
        : [...(board ?? []), entry],
    );
  return useMutation({
    mutationFn: ({ move, reason }: { move: SessionMove; reason?: string }) =>
      api<PresenceEntry>(`/api/sessions/${move}`, {
        method: 'POST',
        ...(move === 'break/start' ? { body: reason ? { reason } : {} } : {}),
      }),
    onSuccess: put,
  });
}

export function useSetStatus(agentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (status: OnlineStatus) =>
      api<PresenceEntry>(`/api/agents/${agentId}/status`, { method: 'PUT', body: { status } }),
    onSuccess: (entry) =>
      qc.setQueryData<PresenceEntry[]>(keys.presence, (board) =>
        board?.map((e) => (e.agentId === agentId ? { ...e, ...entry } : e)),
      ),
  });
}
