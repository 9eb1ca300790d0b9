import { describe, expect, it } from 'vitest';
import { median, nearestRank, percent, statsOf } from './stats.js';

describe('statistics of durations', () => {
  it('p90 is the nearest-rank sample: rank ⌈0.9·n⌉ of the sorted values', () => {
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(nearestRank(ten, 90)).toBe(90); // rank 9
    expect(nearestRank([...ten, 110], 90)).toBe(100); // n = 11: rank ⌈9.9⌉ = 10
    expect(nearestRank([5], 90)).toBe(5);
    expect(nearestRank([], 90)).toBeNull();
  });

  it('the median is the middle value, or the mean of the two middle ones', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('summarises in any input order, with a one-decimal mean', () => {
    expect(statsOf([3600, 1200, 1200])).toEqual({ count: 3, avg: 2000, median: 1200, p90: 3600 });
    expect(statsOf([1, 2])).toEqual({ count: 2, avg: 1.5, median: 1.5, p90: 2 });
    expect(statsOf([1, 1, 2])).toMatchObject({ avg: 1.3 }); // 4 / 3 = 1.333…
    expect(statsOf([])).toEqual({ count: 0, avg: null, median: null, p90: null });
  });

  it('percent has one decimal and no value without a whole', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 2)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });
});
