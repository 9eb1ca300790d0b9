import type { TicketStatus } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type BusinessCalendar } from './business-calendar.js';
import {
  approvalWaitMillis,
  breachInstantOf,
  deadlineOf,
  runningMillis,
  type StatusSpan,
  statusAt,
} from './sla-clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = new Date('2026-05-04T08:00:00Z'); // a Monday
const t = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

/** A timeline from [status, startMinute] pairs; each span lasts until the next, the last is open. */
function timeline(...steps: [TicketStatus, number][]): StatusSpan[] {
  return steps.map(([status, start], i) => {
    const end = steps[i + 1]?.[1];
    return { status, from: t(start), to: end === undefined ? null : t(end) };
  });
}

const berlinOffice: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  weekly: {
    0: [],
    1: [{ start: '09:00', end: '17:00' }],
    2: [{ start: '09:00', end: '17:00' }],
    3: [],
    4: [],
    5: [],
    6: [],
  },
  holidays: [],
};

describe('the running time of an SLA clock', () => {
  const waitedOnCustomer = timeline(
    ['NEW', 0],
    ['ASSIGNED', 10],
    ['IN_PROGRESS', 20],
    ['PENDING', 60],
    ['IN_PROGRESS', 180],
  );

  it('runs through NEW, ASSIGNED and IN_PROGRESS but not while PENDING on the customer', () =>
    expect(runningMillis(ALWAYS_OPEN, waitedOnCustomer, T0, t(240))).toBe(120 * MINUTE));

  it('does not count the wait for a supervisor to approve the resolution', () => {
    const spans = timeline(['IN_PROGRESS', 0], ['RESOLUTION_REQUESTED', 30], ['IN_PROGRESS', 90]);
    expect(runningMillis(ALWAYS_OPEN, spans, T0, t(100))).toBe(40 * MINUTE);
  });

  it('stops for good once the ticket is RESOLVED or CLOSED', () => {
    const spans = timeline(['IN_PROGRESS', 0], ['RESOLVED', 30], ['CLOSED', 60]);
    expect(runningMillis(ALWAYS_OPEN, spans, T0, t(600))).toBe(30 * MINUTE);
  });

  it('measures only from `since`, as a next-response clock starts mid-ticket', () =>
    expect(runningMillis(ALWAYS_OPEN, waitedOnCustomer, t(30), t(200))).toBe(50 * MINUTE));

  it('counts only business hours while running: created Monday 16:00 Berlin, pending 16:30 to Tuesday 10:00', () => {
    const spans: StatusSpan[] = [
      { status: 'NEW', from: new Date('2026-05-04T16:00+02:00'), to: new Date('2026-05-04T16:30+02:00') },
      { status: 'PENDING', from: new Date('2026-05-04T16:30+02:00'), to: new Date('2026-05-05T10:00+02:00') },
      { status: 'IN_PROGRESS', from: new Date('2026-05-05T10:00+02:00'), to: null },
    ];
    const since = new Date('2026-05-04T16:00+02:00');
    expect(runningMillis(berlinOffice, spans, since, new Date('2026-05-05T11:00+02:00'))).toBe(90 * MINUTE);
    // A 2-hour target has 30 minutes left at 11:00 on Tuesday.
    expect(deadlineOf(berlinOffice, spans, since, 120, new Date('2026-05-05T11:00+02:00'))).toEqual(
      new Date('2026-05-05T11:30+02:00'),
    );
  });

  it('counts each moment once even when spans arrive unsorted, overlapping or with a stale open end', () => {
    const messy: StatusSpan[] = [
      { status: 'PENDING', from: t(60), to: t(180) },
      { status: 'NEW', from: t(0), to: null }, // never closed, but PENDING followed it
      { status: 'IN_PROGRESS', from: t(180), to: null },
    ];
    expect(runningMillis(ALWAYS_OPEN, messy, T0, t(240))).toBe(120 * MINUTE);
  });
});

describe('the deadline of a target', () => {
  const paused = timeline(['NEW', 0], ['PENDING', 60], ['IN_PROGRESS', 180]);

  it('moves later by exactly the time spent PENDING', () => {
    expect(deadlineOf(ALWAYS_OPEN, paused, T0, 180, t(30))).toEqual(t(180));
    expect(deadlineOf(ALWAYS_OPEN, paused, T0, 180, t(200))).toEqual(t(300));
  });

  it('does not exist while the clock is paused or stopped', () => {
    expect(deadlineOf(ALWAYS_OPEN, paused, T0, 180, t(90))).toBeNull();
    expect(
      deadlineOf(ALWAYS_OPEN, timeline(['NEW', 0], ['RESOLUTION_REQUESTED', 10]), T0, 180, t(20)),
    ).toBeNull();
    expect(deadlineOf(ALWAYS_OPEN, timeline(['NEW', 0], ['RESOLVED', 10]), T0, 180, t(20))).toBeNull();
    expect(deadlineOf(ALWAYS_OPEN, paused, T0, 180, new Date(T0.getTime() - 1))).toBeNull();
  });

  it('is the moment of the breach once it has passed', () =>
    expect(deadlineOf(ALWAYS_OPEN, paused, T0, 90, t(400))).toEqual(t(210)));
});

describe('the instant a target was breached', () => {
  it('is exact to the millisecond', () => {
    const spans = timeline(['NEW', 0]);
    expect(breachInstantOf(ALWAYS_OPEN, spans, T0, 60, t(60))).toBeNull();
    expect(breachInstantOf(ALWAYS_OPEN, spans, T0, 60, new Date(t(60).getTime() + 1))).toEqual(t(60));
  });

  it('waits for the clock to run again when the ticket was paused just as the budget ran out', () => {
    const spans = timeline(['IN_PROGRESS', 0], ['PENDING', 60], ['IN_PROGRESS', 120]);
    expect(breachInstantOf(ALWAYS_OPEN, spans, T0, 60, t(90))).toBeNull();
    expect(breachInstantOf(ALWAYS_OPEN, spans, T0, 60, t(150))).toEqual(t(120));
  });

  it('is closing time on Monday when the budget runs out then, even if nobody looks until Tuesday', () => {
    const spans: StatusSpan[] = [{ status: 'NEW', from: new Date('2026-05-04T15:00+02:00'), to: null }];
    const since = new Date('2026-05-04T15:00+02:00');
    expect(breachInstantOf(berlinOffice, spans, since, 120, new Date('2026-05-05T08:00+02:00'))).toEqual(
      new Date('2026-05-04T17:00+02:00'),
    );
  });
});

describe('the wait for supervisor approval', () => {
  it('is plain elapsed time, nights and weekends included, summed over every request', () => {
    const spans: StatusSpan[] = [
      {
        status: 'IN_PROGRESS',
        from: new Date('2026-05-08T09:00+02:00'),
        to: new Date('2026-05-08T16:00+02:00'),
      },
      {
        status: 'RESOLUTION_REQUESTED',
        from: new Date('2026-05-08T16:00+02:00'),
        to: new Date('2026-05-11T10:00+02:00'),
      },
      {
        status: 'IN_PROGRESS',
        from: new Date('2026-05-11T10:00+02:00'),
        to: new Date('2026-05-11T11:00+02:00'),
      },
      { status: 'RESOLUTION_REQUESTED', from: new Date('2026-05-11T11:00+02:00'), to: null },
    ];
    expect(approvalWaitMillis(spans, new Date('2026-05-11T11:30+02:00'))).toBe(66 * HOUR + 30 * MINUTE);
  });

  it('is zero when no resolution was ever requested', () =>
    expect(approvalWaitMillis(timeline(['NEW', 0], ['RESOLVED', 30]), t(60))).toBe(0));
});

it('knows the status at an instant, the end of a span belonging to the next one', () => {
  const spans = timeline(['NEW', 0], ['PENDING', 60]);
  expect(statusAt(spans, t(59))).toBe('NEW');
  expect(statusAt(spans, t(60))).toBe('PENDING');
  expect(statusAt(spans, t(-1))).toBeNull();
});
