import { describe, expect, it } from 'vitest';
import { overlapMs, sessionTotals } from './intervals.js';

const t = (iso: string) => new Date(iso);

describe('sessionTotals', () => {
  it('counts a night shift across midnight exactly', () => {
    const session = { start: t('2026-03-01T22:00:00Z'), end: t('2026-03-02T06:30:15Z') };
    const activities = [
      { kind: 'working' as const, start: t('2026-03-01T22:00:00Z'), end: t('2026-03-01T23:50:00Z') },
      { kind: 'break' as const, start: t('2026-03-01T23:50:00Z'), end: t('2026-03-02T00:20:07Z') },
      { kind: 'working' as const, start: t('2026-03-02T00:20:07Z'), end: t('2026-03-02T01:00:00Z') },
      { kind: 'on_call' as const, start: t('2026-03-02T01:00:00Z'), end: t('2026-03-02T01:12:30Z') },
      { kind: 'working' as const, start: t('2026-03-02T01:12:30Z'), end: t('2026-03-02T06:30:15Z') },
    ];
    expect(sessionTotals(session, activities, t('2026-03-03T00:00:00Z'))).toEqual({
      workedSeconds: 8 * 3600 + 30 * 60 + 15 - (30 * 60 + 7),
      breakSeconds: 30 * 60 + 7,
      onCallSeconds: 12 * 60 + 30,
    });
    // Clipped to each calendar day, the two days add up to the whole.
    const day1 = sessionTotals(session, activities, t('2026-03-03T00:00:00Z'), {
      to: t('2026-03-02T00:00:00Z'),
    });
    const day2 = sessionTotals(session, activities, t('2026-03-03T00:00:00Z'), {
      from: t('2026-03-02T00:00:00Z'),
    });
    expect(day1).toEqual({ workedSeconds: 1 * 3600 + 50 * 60, breakSeconds: 10 * 60, onCallSeconds: 0 });
    expect(day2).toEqual({
      workedSeconds: 6 * 3600 + 30 * 60 + 15 - (20 * 60 + 7),
      breakSeconds: 20 * 60 + 7,
      onCallSeconds: 750,
    });
  });

  it('counts open intervals up to now', () => {
    const session = { start: t('2026-03-02T08:00:00Z'), end: null };
    const activities = [
      { kind: 'working' as const, start: t('2026-03-02T08:00:00Z'), end: t('2026-03-02T09:00:00Z') },
      { kind: 'break' as const, start: t('2026-03-02T09:00:00Z'), end: null },
    ];
    expect(sessionTotals(session, activities, t('2026-03-02T09:15:00Z'))).toEqual({
      workedSeconds: 3600,
      breakSeconds: 900,
      onCallSeconds: 0,
    });
  });

  it('never counts an activity outside its session', () => {
    const session = { start: t('2026-03-02T08:00:00Z'), end: t('2026-03-02T09:00:00Z') };
    const stray = [{ kind: 'break' as const, start: t('2026-03-02T08:30:00Z'), end: null }];
    expect(sessionTotals(session, stray, t('2026-03-02T12:00:00Z'))).toEqual({
      workedSeconds: 1800,
      breakSeconds: 1800,
      onCallSeconds: 0,
    });
  });
});

describe('overlapMs', () => {
  it('is zero for disjoint spans and clips to the window', () => {
    const span = { start: t('2026-03-02T08:00:00Z'), end: t('2026-03-02T09:00:00Z') };
    const now = t('2026-03-02T10:00:00Z');
    expect(overlapMs(span, now, { from: t('2026-03-02T09:00:00Z') })).toBe(0);
    expect(overlapMs(span, now, { from: t('2026-03-02T08:59:59.500Z') })).toBe(500);
  });
});
