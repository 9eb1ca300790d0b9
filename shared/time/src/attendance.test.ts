import { describe, expect, it } from 'vitest';
import { attendanceBetween, attendanceOf, type WorkedSession } from './attendance.js';
import { instantOfLocal, localDay } from './local-dates.js';
import { DEFAULT_SHIFT_SETTINGS, type ShiftSettings } from './shift-settings.js';

const t = (iso: string) => new Date(iso);
const later = t('2026-12-31T00:00:00Z');
const berlin: ShiftSettings = { ...DEFAULT_SHIFT_SETTINGS, timeZone: 'Europe/Berlin' };

/** A session working throughout, with optional breaks and calls inside it. */
function session(
  start: string,
  end: string | null,
  extra: { kind: 'break' | 'on_call'; start: string; end: string }[] = [],
): WorkedSession {
  return {
    start: t(start),
    end: end ? t(end) : null,
    activities: extra.map((a) => ({ kind: a.kind, start: t(a.start), end: t(a.end) })),
  };
}

describe('attendanceOf', () => {
  // 2026-03-10 is a Tuesday; Berlin is UTC+1 in winter, so 09:00 local is 08:00Z.
  it('on time at the shift start plus the allowance, late a minute after', () => {
    const onTime = attendanceOf(
      berlin,
      [session('2026-03-10T08:10:00Z', '2026-03-10T16:00:00Z')],
      '2026-03-10',
      later,
    );
    expect(onTime).toMatchObject({
      date: '2026-03-10',
      firstClockIn: '2026-03-10T08:10:00.000Z',
      late: false,
      lateMinutes: 0,
      absent: false,
      workedSeconds: 7 * 3600 + 50 * 60,
    });
    const late = attendanceOf(
      berlin,
      [session('2026-03-10T08:11:30Z', '2026-03-10T16:00:00Z')],
      '2026-03-10',
      later,
    );
    expect(late).toMatchObject({ late: true, lateMinutes: 11, absent: false });
  });

  it('the first clock-in of the day decides lateness; seconds add up over sessions', () => {
    const day = attendanceOf(
      DEFAULT_SHIFT_SETTINGS,
      [
        session('2026-03-10T13:00:00Z', '2026-03-10T17:00:00Z', [
          { kind: 'on_call', start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:00:00Z' },
        ]),
        session('2026-03-10T08:55:00Z', '2026-03-10T12:00:00Z', [
          { kind: 'break', start: '2026-03-10T10:00:00Z', end: '2026-03-10T10:15:00Z' },
        ]),
      ],
      '2026-03-10',
      later,
    );
    expect(day).toEqual({
      date: '2026-03-10',
      firstClockIn: '2026-03-10T08:55:00.000Z',
      late: false,
      lateMinutes: 0,
      absent: false,
      workedSeconds: 4 * 3600 + (3 * 3600 + 5 * 60) - 15 * 60,
      breakSeconds: 15 * 60,
      onCallSeconds: 3600,
      occupancy: Math.round((3600 / (6 * 3600 + 50 * 60)) * 1000) / 1000,
    });
  });

  it('a workday with no session is absent; a weekend day is not; nor a day not yet late', () => {
    const days = attendanceBetween(berlin, [], '2026-03-13', '2026-03-16', later);
    // Fri, Sat, Sun, Mon
    expect(days.map((d) => [d.date, d.absent])).toEqual([
      ['2026-03-13', true],
      ['2026-03-14', false],
      ['2026-03-15', false],
      ['2026-03-16', true],
    ]);
    expect(days[0]).toMatchObject({ firstClockIn: null, late: false, workedSeconds: 0, occupancy: 0 });
    // Monday 09:05 local: not late yet, so not absent yet.
    expect(attendanceOf(berlin, [], '2026-03-16', t('2026-03-16T08:05:00Z')).absent).toBe(false);
    expect(attendanceOf(berlin, [], '2026-03-16', t('2026-03-16T08:11:00Z')).absent).toBe(true);
    // Weekend work is neither late nor absent.
    const sunday = attendanceOf(
      berlin,
      [session('2026-03-15T12:00:00Z', '2026-03-15T13:00:00Z')],
      '2026-03-15',
      later,
    );
    expect(sunday).toMatchObject({ late: false, lateMinutes: 0, absent: false, workedSeconds: 3600 });
  });

  it('splits a Berlin night session at local midnight, not UTC midnight', () => {
    // Thu 2026-01-15 22:00 → Fri 06:00 local (21:00Z → 05:00Z), a break 23:30 → 00:30 local.
    const night = session('2026-01-15T21:00:00Z', '2026-01-16T05:00:00Z', [
      { kind: 'break', start: '2026-01-15T22:30:00Z', end: '2026-01-15T23:30:00Z' },
      { kind: 'on_call', start: '2026-01-16T01:00:00Z', end: '2026-01-16T01:30:00Z' },
    ]);
    const [thu, fri] = attendanceBetween(berlin, [night], '2026-01-15', '2026-01-16', later);
    expect(thu).toEqual({
      date: '2026-01-15',
      firstClockIn: '2026-01-15T21:00:00.000Z',
      late: true,
      lateMinutes: 13 * 60,
      absent: false,
      workedSeconds: 90 * 60,
      breakSeconds: 30 * 60,
      onCallSeconds: 0,
      occupancy: 0,
    });
    expect(fri).toEqual({
      date: '2026-01-16',
      firstClockIn: null,
      late: false,
      lateMinutes: 0,
      absent: false, // worked, though the session started the day before
      workedSeconds: 5.5 * 3600,
      breakSeconds: 30 * 60,
      onCallSeconds: 30 * 60,
      occupancy: Math.round((1800 / (5.5 * 3600)) * 1000) / 1000,
    });
    expect((thu?.workedSeconds ?? 0) + (fri?.workedSeconds ?? 0)).toBe(7 * 3600);
  });

  it('counts DST days as 23 and 25 hours', () => {
    // Spring forward: Berlin skips 02:00 → 03:00 on Sun 2026-03-29.
    expect(localDay('Europe/Berlin', '2026-03-29')).toEqual({
      from: t('2026-03-28T23:00:00Z'),
      to: t('2026-03-29T22:00:00Z'),
    });
    const spring = session('2026-03-28T21:00:00Z', '2026-03-29T04:00:00Z'); // 22:00 CET → 06:00 CEST
    const [sat, sun] = attendanceBetween(berlin, [spring], '2026-03-28', '2026-03-29', later);
    expect(sat?.workedSeconds).toBe(2 * 3600);
    expect(sun?.workedSeconds).toBe(5 * 3600); // 00:00 → 06:00 on the wall, one hour skipped
    const allDay = session('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z');
    expect(attendanceOf(berlin, [allDay], '2026-03-29', later).workedSeconds).toBe(23 * 3600);
    // Fall back: Berlin shows 02:00–03:00 twice on Sun 2026-10-25.
    const autumn = session('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z');
    expect(attendanceOf(berlin, [autumn], '2026-10-25', later).workedSeconds).toBe(25 * 3600);
    // The shift start on a DST Monday after the change is 09:00 summer time (07:00Z).
    const monday = attendanceOf(
      berlin,
      [session('2026-03-30T07:05:00Z', '2026-03-30T15:00:00Z')],
      '2026-03-30',
      later,
    );
    expect(monday).toMatchObject({ late: false, firstClockIn: '2026-03-30T07:05:00.000Z' });
  });

  it('an open session counts up to now', () => {
    const open = session('2026-03-10T08:00:00Z', null);
    const day = attendanceOf(DEFAULT_SHIFT_SETTINGS, [open], '2026-03-10', t('2026-03-10T10:00:00Z'));
    expect(day).toMatchObject({ workedSeconds: 2 * 3600, late: false, absent: false });
    const next = attendanceOf(DEFAULT_SHIFT_SETTINGS, [open], '2026-03-11', t('2026-03-10T10:00:00Z'));
    expect(next).toMatchObject({ workedSeconds: 0, absent: false });
  });
});

describe('instantOfLocal', () => {
  it('a skipped wall time moves on by the gap; a skipped midnight starts the day when the clock jumps', () => {
    expect(instantOfLocal('Europe/Berlin', '2026-03-29', 150)).toEqual(t('2026-03-29T01:30:00Z')); // 03:30 CEST
    // Santiago de Chile moved its clocks from 24:00 to 01:00 on 2022-09-11 (-04 → -03).
    expect(instantOfLocal('America/Santiago', '2022-09-11')).toEqual(t('2022-09-11T04:00:00Z'));
  });
});
