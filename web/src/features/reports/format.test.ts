import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import {
  formatBytes,
  formatDayLabel,
  formatDuration,
  formatPercent,
  formatPeriod,
  formatRating,
  formatRatio,
} from './format.js';

describe('report formatting', () => {
  beforeAll(() => i18n.changeLanguage('en'));

  it('writes durations with their two largest units', () => {
    expect(formatDuration(200)).toBe('3m 20s');
    expect(formatDuration(3840)).toBe('1h 04m');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(1234.6)).toBe('20m 35s');
    expect(formatDuration(2 * 86_400 + 3 * 3600)).toBe('2d 03h');
  });

  it('shows nothing measured as a dash, never as 0', () => {
    for (const f of [formatDuration, formatPercent, formatRatio, formatRating]) expect(f(null)).toBe('—');
  });

  it('puts % on percentages and turns occupancy ratios into percentages', () => {
    expect(formatPercent(97.5)).toBe('97.5%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatRatio(0.625)).toBe('62.5%');
    expect(formatRating(4.5)).toBe('4.50 / 5');
  });

  it('labels days and hours readably, without shifting the local date', () => {
    expect(formatDayLabel('2026-11-27')).toBe('Nov 27');
    expect(formatDayLabel('2026-11-27T10:00')).toBe('Nov 27 10:00');
    expect(formatPeriod('2026-11-27', '2026-12-03')).toBe('Nov 27\u2009–\u2009Dec 3, 2026');
    expect(formatBytes(12_595)).toBe('12.3 KB');
  });
});

describe('report formatting in Spanish', () => {
  beforeAll(() => i18n.changeLanguage('es'));
  afterAll(() => i18n.changeLanguage('en'));

  it('writes decimals, percentages, days and periods as a Spanish reader does', () => {
    expect(formatPercent(97.5)).toBe('97,5\u00a0%');
    expect(formatRating(4.5)).toBe('4,50 / 5');
    expect(formatBytes(12_595)).toBe('12,3 KB');
    expect(formatDayLabel('2026-11-27T10:00')).toBe('27 nov 10:00');
    expect(formatPeriod('2026-11-27', '2026-12-03')).toBe('27 nov\u2009–\u20093 dic 2026');
  });

  it('keeps the unit letters of durations', () => {
    expect(formatDuration(3840)).toBe('1h 04m');
  });
});
