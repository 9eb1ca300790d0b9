import { describe, expect, it } from 'vitest';
import { trainCalibrated } from './calibration.js';
import { predict, train } from './classifier.js';

/**
 * Three copies of one cue that is right six times in seven: naive Bayes counts the copies as
 * independent evidence and is near certain, while the honest confidence is about 0.86.
 */
const cue = (even: boolean) => (even ? ['cue_a', 'cue_a2', 'cue_a3'] : ['cue_b', 'cue_b2', 'cue_b3']);
const flipped = (i: number) => i % 7 === 3;
const noisy = Array.from({ length: 60 }, (_, i) => ({
  terms: [...cue(i % 2 === 0), `filler${i % 7}`],
  label: (i % 2 === 0) !== flipped(i) ? 'shipping' : 'returns',
}));
const query = cue(true);

describe('calibrated confidence', () => {
  it('softens an overconfident model when held-out examples show it is often wrong', () => {
    const raw = predict(train(noisy), query);
    const softened = predict(trainCalibrated(noisy), query);
    expect(raw?.confidence).toBeGreaterThan(0.95);
    expect(softened?.label).toBe('shipping');
    expect(softened?.confidence).toBeGreaterThan(0.65);
    expect(softened?.confidence).toBeLessThan(0.9);
  });

  it('keeps the raw scores while a tenant has too few tickets to calibrate on', () => {
    expect(trainCalibrated(noisy.slice(0, 10)).temperature).toBe(1);
  });
});
