import { isValidTimeZone } from '@switchboard/time';
import { z } from 'zod';

/** The most local days one attendance request covers. */
export const MAX_ATTENDANCE_DAYS = 92;

/** PUT /api/sessions/settings: the fields given replace the tenant's current ones. */
export const shiftSettingsBody = z
  .object({
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .refine(isValidTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin')
      .describe('IANA time zone the tenant’s days are counted in'),
    shiftStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM')
      .describe('Local time the shift starts on a workday, HH:MM'),
    lateAfterMinutes: z
      .number()
      .int()
      .min(0)
      .max(720)
      .describe('A first clock-in more than this many minutes after the shift start is late'),
    workdays: z
      .array(z.number().int().min(0).max(6))
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'must not repeat a day')
      .transform((days) => [...days].sort((a, b) => a - b))
      .describe('Local weekdays that are workdays, 0 = Sunday'),
    idleSessionLimitMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .describe('An open session with no socket and no activity change this long is clocked out'),
  })
  .strict()
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'give at least one setting');

const localDate = z.iso.date('must be a date YYYY-MM-DD');

/** GET /api/sessions/attendance. */
export const attendanceQuery = z
  .object({
    agentId: z
      .uuid('must be an agent id')
      .optional()
      .describe('Whose attendance; agents see only their own, others everyone’s when omitted'),
    from: localDate.describe('First local day, in the tenant’s time zone'),
    to: localDate.describe('Last local day (included)'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) < MAX_ATTENDANCE_DAYS * 86_400_000, {
    message: `at most ${MAX_ATTENDANCE_DAYS} days`,
    path: ['to'],
  });

export const shiftSettingsResponse = z.object({
  timeZone: z.string().describe('IANA time zone the tenant’s days are counted in'),
  shiftStart: z.string().describe('Local time the shift starts on a workday, HH:MM'),
  lateAfterMinutes: z.number().int(),
  workdays: z.array(z.number().int()).describe('Local weekdays that are workdays, 0 = Sunday'),
  idleSessionLimitMinutes: z.number().int(),
  updatedAt: z.string().nullable().describe('Null while the defaults apply'),
});

const attendanceDay = z.object({
  date: z.string().describe('The local day, YYYY-MM-DD'),
  firstClockIn: z.string().nullable().describe('The earliest session start on this day, if any'),
  late: z.boolean(),
  lateMinutes: z.number().int(),
  absent: z.boolean().describe('A past workday (or today, past the late mark) without any session'),
  workedSeconds: z.number().int().describe('Session time inside the day minus breaks'),
  breakSeconds: z.number().int(),
  onCallSeconds: z.number().int(),
  occupancy: z.number().describe('On-call seconds ÷ worked seconds, 3 decimals'),
});

export const attendanceResponse = z.object({
  data: z.array(z.object({ agentId: z.uuid(), days: z.array(attendanceDay) })),
});
