import { describe, expect, it } from 'vitest';
import { performanceLevelOf } from './performance-level.js';

const level = (slaCompliance: number | null, csatScore: number | null, frtMinutes: number | null) =>
  performanceLevelOf({
    slaCompliance,
    csatScore,
    avgFirstResponseSeconds: frtMinutes === null ? null : frtMinutes * 60,
  });

describe('performance level', () => {
  it('is high only when every measured criterion clears the high bar', () => {
    expect(level(95, 85, 15)).toBe('high'); // each exactly on its bar
    expect(level(100, null, 10)).toBe('high'); // no CSAT answers: not held against anyone
  });

  it('is the weakest criterion', () => {
    expect(level(94.9, 100, 1)).toBe('medium');
    expect(level(100, 100, 15.5)).toBe('medium');
    expect(level(80, 70, 60)).toBe('medium');
    expect(level(79.9, 100, 1)).toBe('low');
    expect(level(100, 69.9, 1)).toBe('low');
    expect(level(100, 100, 61)).toBe('low');
  });

  it('is unknown without any measured criterion', () => {
    expect(level(null, null, null)).toBeNull();
  });
});
