import { describe, expect, it } from 'vitest';
import { bucketsOf, countsAt } from './trends.js';

const iso = (d: Date) => d.toISOString();

describe('trend buckets in local time', () => {
  it('cuts weeks at Mondays and the period’s ends', () => {
    // Thu 2026-03-05 … Tue 2026-03-17 in Berlin (UTC+1).
    const weeks = bucketsOf('Europe/Berlin', { from: '2026-03-05', to: '2026-03-17' }, 'week');
    expect(weeks.map((b) => [b.label, iso(b.start), iso(b.end)])).toEqual([
      ['2026-03-05', '2026-03-04T23:00:00.000Z', '2026-03-08T23:00:00.000Z'],
      ['2026-03-09', '2026-03-08T23:00:00.000Z', '2026-03-15T23:00:00.000Z'],
      ['2026-03-16', '2026-03-15T23:00:00.000Z', '2026-03-17T23:00:00.000Z'],
    ]);
  });

  it('has 23 hourly buckets on the spring-forward day, labelled with the local time', () => {
    const hours = bucketsOf('Europe/Berlin', { from: '2026-03-29', to: '2026-03-29' }, 'hour');
    expect(hours).toHaveLength(23);
    expect(hours.slice(1, 3).map((b) => b.label)).toEqual(['2026-03-29T01:00', '2026-03-29T03:00']);
    expect(iso(hours.at(-1)?.end ?? new Date(0))).toBe('2026-03-29T22:00:00.000Z');
  });

  it('has a bucket per local day', () => {
    const days = bucketsOf('Asia/Kolkata', { from: '2026-03-01', to: '2026-03-03' }, 'day');
    expect(days.map((b) => [b.label, iso(b.start)])).toEqual([
      ['2026-03-01', '2026-02-28T18:30:00.000Z'],
      ['2026-03-02', '2026-03-01T18:30:00.000Z'],
      ['2026-03-03', '2026-03-02T18:30:00.000Z'],
    ]);
  });
});

describe('backlog counting', () => {
  it('counts the ranges holding each instant, start included and end excluded', () => {
    const open = [
      [0, 10],
      [5, 20],
      [10, 15],
    ] as const;
    expect(countsAt(open, [0, 4, 5, 9, 10, 15, 19, 20])).toEqual([1, 1, 2, 2, 2, 1, 1, 0]);
  });
});
