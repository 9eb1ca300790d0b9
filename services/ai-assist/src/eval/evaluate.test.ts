import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { evaluateSplit } from './evaluate.js';

const corpus = readCorpus(readFileSync(new URL('../../eval/corpus.csv', import.meta.url), 'utf8'));

describe('the local provider on the shipped corpus', () => {
  const result = evaluateSplit(corpus, 0.25, 1);

  it('is a few hundred labelled messages over every category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((row) => row.category)).size).toBeGreaterThanOrEqual(6);
  });

  it('classifies categories far better than always guessing the most common one', () => {
    expect(result.category.accuracy).toBeGreaterThan(result.category.baselineAccuracy + 0.4);
    expect(result.category.macroF1).toBeGreaterThan(0.6);
  });

  it('beats the majority guess on priority and sentiment', () => {
    expect(result.priority.accuracy).toBeGreaterThan(result.priority.baselineAccuracy);
    expect(result.priority.macroF1).toBeGreaterThan(result.priority.baselineMacroF1 + 0.1);
    expect(result.sentiment?.accuracy).toBeGreaterThan((result.sentiment?.baselineAccuracy ?? 1) + 0.05);
  });
});
