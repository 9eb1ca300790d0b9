import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.js';
import {
  addHoliday,
  type Calendar,
  calendarErrors,
  calendarToForm,
  defaultCalendarForm,
  formToCalendar,
} from './calendar-form.js';

const closedWeek = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };

describe('business hours form', () => {
  it('shows each weekday open from its first opening to its last closing, or closed', () => {
    const calendar: Calendar = {
      timeZone: 'Europe/Madrid',
      weekly: {
        ...closedWeek,
        1: [
          { start: '09:00', end: '13:00' },
          { start: '14:00', end: '18:00' },
        ],
      },
      holidays: ['2026-12-25', '2026-01-06'],
    };
    const form = calendarToForm(calendar);
    expect(form.timeZone).toBe('Europe/Madrid');
    expect(form.days[1]).toEqual({ open: true, start: '09:00', end: '18:00' });
    expect(form.days[0]?.open).toBe(false);
    expect(form.holidays).toEqual(['2026-01-06', '2026-12-25']);
  });

  it('saves an open day as one interval and a closed day as none, for all seven days', () => {
    const form = defaultCalendarForm(' UTC ');
    const calendar = formToCalendar(form);
    expect(calendar.timeZone).toBe('UTC');
    expect(Object.keys(calendar.weekly)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(calendar.weekly[0]).toEqual([]);
    expect(calendar.weekly[3]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(calendarToForm(calendar)).toEqual({ ...form, timeZone: 'UTC' });
  });

  it('adds a holiday once, in date order, and ignores an empty date', () => {
    expect(addHoliday(['2026-12-25'], '2026-01-01')).toEqual(['2026-01-01', '2026-12-25']);
    expect(addHoliday(['2026-12-25'], '2026-12-25')).toEqual(['2026-12-25']);
    expect(addHoliday(['2026-12-25'], '')).toEqual(['2026-12-25']);
  });

  it('places the API’s messages by time zone, weekday and holidays', () => {
    const error = new ApiError(400, 'VALIDATION_ERROR', 'The request is not valid', [
      { field: 'body', message: 'timeZone: "Mars/Base" is not an IANA time zone' },
      { field: 'body', message: 'weekly.2[0]: start 18:00 is not before end 09:00' },
      { field: 'body.weekly.4.0.start', message: 'must be HH:MM' },
      { field: 'body.holidays.0', message: 'Invalid ISO date' },
    ]);
    expect(calendarErrors(error)).toEqual({
      timeZone: '"Mars/Base" is not an IANA time zone',
      'weekly.2': 'start 18:00 is not before end 09:00',
      'weekly.4': 'must be HH:MM',
      holidays: 'Invalid ISO date',
    });
    expect(calendarErrors(new Error('offline'))).toEqual({});
  });
});
