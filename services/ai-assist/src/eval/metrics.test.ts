import { describe, expect, it } from 'vitest';
import { accuracy, expectedCalibrationError, macroF1, majorityLabel, percentile } from './metrics.js';
import { stratifiedSplit } from './split.js';

describe('evaluation metrics', () => {
  it('gives a majority guess high accuracy but a low macro-F1 on skewed labels', () => {
    const truth = ['low', 'low', 'low', 'high'];
    const majority = truth.map(() => majorityLabel(truth));
    expect(accuracy(truth, majority)).toBe(0.75);
    expect(macroF1(truth, majority)).toBeCloseTo((2 * 0.75 * 1) / 1.75 / 2, 10);
    expect(macroF1(truth, truth)).toBe(1);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
  });

  it('finds no calibration error when confidence matches accuracy, and some when it does not', () => {
    expect(expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false])).toBeCloseTo(0, 10);
    expect(expectedCalibrationError([0.95, 0.95], [false, true])).toBeCloseTo(0.45, 10);
  });

  it('splits every category the same way on every run, never testing a training row', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: i, category: i < 30 ? 'a' : 'b' }));
    const first = stratifiedSplit(rows, (row) => row.category, 0.25, 7);
    expect(stratifiedSplit(rows, (row) => row.category, 0.25, 7)).toEqual(first);
    expect(first.test.filter((row) => row.category === 'a')).toHaveLength(8);
    expect(first.test.filter((row) => row.category === 'b')).toHaveLength(3);
    const trainIds = new Set(first.train.map((row) => row.id));
    expect(first.test.some((row) => trainIds.has(row.id))).toBe(false);
    expect(first.train.length + first.test.length).toBe(40);
  });
});
