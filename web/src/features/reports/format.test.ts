import { describe, expect, it } from 'vitest';
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
    expect(formatDayLabel('2026-11-27')).toBe('27 Nov');
    expect(formatDayLabel('2026-11-27T10:00')).toBe('27 Nov 10:00');
    expect(formatPeriod('2026-11-27', '2026-12-03')).toBe('27 Nov – 3 Dec 2026');
    expect(formatBytes(12_595)).toBe('12.3 KB');
  });
});
