/** A tenant's shift rules (table shift_settings); a tenant without a row has the defaults. */
export type ShiftSettings = {
  /** IANA time zone the tenant's days are counted in. */
  timeZone: string;
  /** Local "HH:MM" the shift starts on a workday. */
  shiftStart: string;
  /** A first clock-in more than this many minutes after the shift start is late. */
  lateAfterMinutes: number;
  /** Local weekdays that are workdays, 0 = Sunday. */
  workdays: number[];
  /** An open session with no socket and no activity change for longer than this is clocked out. */
  idleSessionLimitMinutes: number;
};

export const DEFAULT_SHIFT_SETTINGS: Readonly<ShiftSettings> = Object.freeze({
  timeZone: 'UTC',
  shiftStart: '09:00',
  lateAfterMinutes: 10,
  workdays: [1, 2, 3, 4, 5],
  idleSessionLimitMinutes: 30,
});

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
