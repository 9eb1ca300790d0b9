import type { ShiftSettings } from '@switchboard/time';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api.js';
import type { SlaPolicy } from '../../lib/sla-clock.js';
import { keys } from '../../realtime/query-keys.js';
import type { Calendar } from './calendar-form.js';

/** GET/PUT /api/sessions/settings (docs/presence.md): the presence service's own type. */
export type { ShiftSettings };

const calendarKey = ['sla', 'calendar'] as const;
const shiftKey = ['sessions', 'settings'] as const;

/** The tenant's calendar, or null while it has none (the API answers 404). */
export const useCalendar = () =>
  useQuery({
    queryKey: calendarKey,
    queryFn: () =>
      api<Calendar>('/api/sla/calendar').catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404 && err.code === 'NOT_FOUND') return null;
        throw err;
      }),
  });

export const useShiftSettings = () =>
  useQuery({ queryKey: shiftKey, queryFn: () => api<ShiftSettings>('/api/sessions/settings') });

/** A save that, once answered, loads what it changed again so the form shows the stored values. */
function useSave<T>(path: string, queryKey: readonly string[], method: (body: T) => string = () => 'PUT') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<unknown>(path, { method: method(body), body }),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
}

export const useSaveCalendar = () => useSave<Calendar>('/api/sla/calendar', calendarKey);
export const useSaveShiftSettings = () => useSave<ShiftSettings>('/api/sessions/settings', shiftKey);

/** Creates the policy of a priority that has none (POST), or replaces it (PUT). */
export const useSavePolicy = (exists: boolean) =>
  useSave<SlaPolicy>('/api/sla/policies', keys.policies, () => (exists ? 'PUT' : 'POST'));
