import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import type { AssignmentSettings } from './assignment-form.js';
import type { NewSchedule, Schedule } from './schedule-form.js';

/* The three operations sections of Settings: assignment (§4.5), channel (§4.6), schedules (§4.11). */
const keys = {
  assignment: ['settings', 'assignment'],
  channel: ['settings', 'channel'],
  schedules: ['settings', 'schedules'],
} as const;

export type Channel = { inboundUrl: string; statusUrl: string; secret: string; callbackUrl: string | null };

export const useAssignmentSettings = () =>
  useQuery({ queryKey: keys.assignment, queryFn: () => api<AssignmentSettings>('/api/assignment/settings') });

export function useSaveAssignmentSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<AssignmentSettings>('/api/assignment/settings', { method: 'PUT', body }),
    onSuccess: (saved) => qc.setQueryData(keys.assignment, saved),
  });
}

export const useChannel = () =>
  useQuery({ queryKey: keys.channel, queryFn: () => api<Channel>('/api/channels') });

export function useRotateSecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Channel>('/api/channels/rotate-secret', { method: 'POST' }),
    onSuccess: (rotated) => qc.setQueryData(keys.channel, rotated),
  });
}

export function useSaveCallback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (callbackUrl: string | null) =>
      api<Channel>('/api/channels', { method: 'PUT', body: { callbackUrl } }),
    onSuccess: (saved) => qc.setQueryData(keys.channel, saved),
  });
}

export const useSchedules = () =>
  useQuery({
    queryKey: keys.schedules,
    queryFn: () => api<{ data: Schedule[] }>('/api/reports/schedules'),
  });

export function useScheduleMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: keys.schedules });
  return {
    create: useMutation({
      mutationFn: (body: NewSchedule) => api<Schedule>('/api/reports/schedules', { method: 'POST', body }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`/api/reports/schedules/${id}`, { method: 'DELETE' }),
      onSuccess: done,
    }),
  };
}
