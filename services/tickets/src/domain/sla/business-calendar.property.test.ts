import { expect, it } from 'vitest';
import { addBusinessMillis, type BusinessCalendar, businessMillisBetween } from './business-calendar.js';

// A seeded generator (mulberry32) so a failure names a case that reproduces on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const HOUR = 3_600_000;
const lunch = [
  { start: '09:00', end: '12:30' },
  { start: '13:30', end: '17:45' },
];
const night = [
  { start: '00:00', end: '04:00' },
  { start: '20:00', end: '24:00' },
];
const calendars: BusinessCalendar[] = [
  {
    timeZone: 'Europe/Berlin',
    weekly: {
      0: [],
      1: lunch,
      2: lunch,
      3: lunch,
      4: lunch,
      5: lunch,
      6: [{ start: '10:00', end: '14:00' }],
    },
    holidays: ['2026-03-30', '2026-04-03', '2026-04-06', '2026-10-26', '2026-12-24', '2026-12-25'],
  },
  {
    // Intervals touching the DST switch hours on the Sunday they happen.
    timeZone: 'America/New_York',
    weekly: {
      0: [
        { start: '01:00', end: '03:00' },
        { start: '22:00', end: '24:00' },
      ],
      1: night,
      2: night,
      3: [],
      4: [],
      5: [{ start: '08:00', end: '18:00' }],
      6: [],
    },
    holidays: [],
  },
];

const START_2026 = Date.UTC(2026, 0, 1);
const YEAR = 365 * 24 * HOUR;
const DST_SWITCHES = ['2026-03-08T07:00Z', '2026-03-29T01:00Z', '2026-10-25T01:00Z', '2026-11-01T06:00Z'];

/** Half the cases start within three days before a DST switch, where mistakes would hide. */
function startOf(i: number, next: () => number): Date {
  if (i % 2 === 0) return new Date(START_2026 + Math.floor(next() * YEAR));
  const dst = Date.parse(DST_SWITCHES[Math.floor(next() * DST_SWITCHES.length)] ?? '');
  return new Date(dst - Math.floor(next() * 72 * HOUR));
}

it('a deadline is the exact inverse of business time: between(from, add(from, m)) === m, 200 seeded cases', () => {
  const next = random(20260329);
  for (let i = 0; i < 200; i++) {
    const calendar = calendars[Math.floor(i / 2) % calendars.length] as BusinessCalendar;
    const from = startOf(i, next);
    const millis = 1 + Math.floor(next() * 30 * HOUR);
    const due = addBusinessMillis(calendar, from, millis);
    const label = `case ${i}: ${calendar.timeZone} from ${from.toISOString()} + ${millis} ms`;
    expect(businessMillisBetween(calendar, from, due), label).toBe(millis);
    // …and the earliest such instant: a millisecond sooner, the budget is not used up yet.
    expect(businessMillisBetween(calendar, from, new Date(due.getTime() - 1)), label).toBeLessThan(millis);
  }
});

it('more business time never gives an earlier deadline, and business time adds up over adjacent ranges', () => {
  const next = random(20261101);
  for (let i = 0; i < 200; i++) {
    const calendar = calendars[Math.floor(i / 2) % calendars.length] as BusinessCalendar;
    const from = startOf(i, next);
    const m1 = Math.floor(next() * 20 * HOUR);
    const m2 = m1 + Math.floor(next() * 2 * HOUR);
    const label = `case ${i}: ${calendar.timeZone} from ${from.toISOString()}, ${m1} <= ${m2} ms`;
    const [due1, due2] = [addBusinessMillis(calendar, from, m1), addBusinessMillis(calendar, from, m2)];
    expect(due1.getTime(), label).toBeLessThanOrEqual(due2.getTime());
    const [mid, to] = [
      new Date(from.getTime() + Math.floor(next() * 9 * 24 * HOUR)),
      new Date(from.getTime() + 9 * 24 * HOUR),
    ];
    const whole = businessMillisBetween(calendar, from, to);
    expect(businessMillisBetween(calendar, from, mid) + businessMillisBetween(calendar, mid, to), label).toBe(
      whole,
    );
    expect(businessMillisBetween(calendar, from, mid), label).toBeLessThanOrEqual(whole);
  }
});
