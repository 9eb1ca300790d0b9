import { describe, expect, it } from 'vitest';
import { previousPeriod } from './schedule-periods.js';

describe('the period a scheduled report covers', () => {
  it('is the previous Monday-to-Sunday week', () => {
    expect(previousPeriod('weekly', '2026-03-11')).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // a Wednesday
    expect(previousPeriod('weekly', '2026-03-09')).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // a Monday
    expect(previousPeriod('weekly', '2026-03-08')).toEqual({ from: '2026-02-23', to: '2026-03-01' }); // a Sunday
  });

  it('is the previous calendar month, across a year and a leap February', () => {
    expect(previousPeriod('monthly', '2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('monthly', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(previousPeriod('monthly', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
