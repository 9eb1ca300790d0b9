import { ApiError } from '../../lib/api.js';
import { fieldErrors } from '../../lib/field-errors.js';

/** GET/PUT /api/sla/calendar (docs/api.md §4.7); weekday 0 is Sunday. */
export type Interval = { start: string; end: string };
export type Calendar = { timeZone: string; weekly: Record<string, Interval[]>; holidays: string[] };

/** One weekday on the form: open or closed, with one opening interval. */
export type DayForm = { open: boolean; start: string; end: string };
export type CalendarForm = { timeZone: string; days: DayForm[]; holidays: string[] };

export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;

const closed = (): DayForm => ({ open: false, start: '09:00', end: '17:00' });

/** Mon–Fri 09:00–17:00 in the browser's zone: what a tenant without a calendar starts from. */
export function defaultCalendarForm(timeZone: string): CalendarForm {
  return {
    timeZone,
    days: weekdays.map((d) => ({ ...closed(), open: d >= 1 && d <= 5 })),
    holidays: [],
  };
}

/**
 * The form shows one interval a day; a day the API holds with several (a lunch break) shows
 * from its first opening to its last closing, and saving it keeps that one span.
 */
export function calendarToForm(calendar: Calendar): CalendarForm {
  return {
    timeZone: calendar.timeZone,
    days: weekdays.map((d) => {
      const intervals = calendar.weekly[String(d)] ?? [];
      const first = intervals[0];
      const last = intervals[intervals.length - 1];
      return first && last ? { open: true, start: first.start, end: last.end } : closed();
    }),
    holidays: [...calendar.holidays].sort(),
  };
}

export function formToCalendar(form: CalendarForm): Calendar {
  const weekly: Record<string, Interval[]> = {};
  form.days.forEach((day, d) => {
    weekly[String(d)] = day.open ? [{ start: day.start, end: day.end }] : [];
  });
  return { timeZone: form.timeZone.trim(), weekly, holidays: form.holidays };
}

/** A holiday added once, kept in date order. */
export const addHoliday = (holidays: string[], date: string) =>
  date && !holidays.includes(date) ? [...holidays, date].sort() : holidays;

/**
 * The calendar's 400 messages by form field (`timeZone`, `weekly.1`, `holidays`). The schema
 * names fields (`body.weekly.1.0.start`); the service's own check names them in the message
 * (`weekly.1[0]: start 18:00 is not before end 09:00`), so both are read.
 */
export function calendarErrors(err: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  const put = (path: string, message: string) => {
    const key = /^weekly\.\d/.test(path) ? path.slice(0, 8) : (path.split(/[.[]/)[0] ?? '');
    if (key) byField[key] ??= message;
  };
  for (const [field, message] of Object.entries(fieldErrors(err))) {
    if (field) put(field, message);
  }
  if (err instanceof ApiError)
    for (const d of err.details ?? []) {
      const message = (d as { message?: unknown } | null)?.message;
      const named = typeof message === 'string' ? /^([\w.[\]]+): (.+)$/.exec(message) : null;
      if (named?.[1] && named[2]) put(named[1], named[2]);
    }
  return byField;
}
