import type { Envelope, EventData } from '@switchboard/contracts';
import type { ShiftSettings } from '@switchboard/time';

/** The tenant's latest shift settings (by their updatedAt, ties by event id); null before any. */
export function projectSettings(events: readonly Envelope[]): ShiftSettings | null {
  const updates = events
    .map((e) => ({ id: e.id, data: e.data as EventData<'shift_settings.updated'> }))
    .sort((a, b) => Date.parse(a.data.updatedAt) - Date.parse(b.data.updatedAt) || a.id.localeCompare(b.id));
  const latest = updates.at(-1)?.data;
  if (!latest) return null;
  const { timeZone, shiftStart, lateAfterMinutes, workdays, idleSessionLimitMinutes } = latest;
  return { timeZone, shiftStart, lateAfterMinutes, workdays, idleSessionLimitMinutes };
}
