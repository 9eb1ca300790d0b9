import { performance } from 'node:perf_hooks';
import { classifyMessage, type TenantModel, trainTenantModel } from '../domain/tenant-model.js';
import type { LabelledRow } from './corpus.js';
import { accuracy, expectedCalibrationError, macroF1, majorityLabel } from './metrics.js';
import { stratifiedSplit } from './split.js';

export interface LabelScores {
  accuracy: number;
  macroF1: number;
  baselineAccuracy: number;
  baselineMacroF1: number;
  /** Expected calibration error of the confidences (absent for sentiment, a lexicon score). */
  calibrationError?: number;
}

export interface SplitResult {
  trainSize: number;
  testSize: number;
  category: LabelScores;
  priority: LabelScores;
  sentiment?: LabelScores;
  latenciesMs: number[];
  trainMs: number;
  model: TenantModel;
}

function scores(truth: string[], predicted: string[], trainLabels: string[]): LabelScores {
  const majority = truth.map(() => majorityLabel(trainLabels));
  return {
    accuracy: accuracy(truth, predicted),
    macroF1: macroF1(truth, predicted),
    baselineAccuracy: accuracy(truth, majority),
    baselineMacroF1: macroF1(truth, majority),
  };
}

/** Trains one tenant model on the training part and scores every held-out message with it. */
export function evaluateSplit(rows: LabelledRow[], testShare: number, seed: number): SplitResult {
  const { train, test } = stratifiedSplit(rows, (row) => row.category, testShare, seed);
  const started = performance.now();
  const model = trainTenantModel(train);
  const trainMs = performance.now() - started;
  const latenciesMs: number[] = [];
  const results = test.map((row) => {
    const begin = performance.now();
    const result = classifyMessage(model, row.text);
    latenciesMs.push(performance.now() - begin);
    return result;
  });
  const label = (kind: 'category' | 'priority'): LabelScores => {
    const predicted = results.map((result) => result[kind]?.label ?? '');
    const truth = test.map((row) => row[kind]);
    return {
      ...scores(
        truth,
        predicted,
        train.map((row) => row[kind]),
      ),
      calibrationError: expectedCalibrationError(
        results.map((result) => result[kind]?.confidence ?? 0),
        predicted.map((p, i) => p === truth[i]),
      ),
    };
  };
  const labelled = test.flatMap((row, i) => (row.sentiment ? [{ truth: row.sentiment, i }] : []));
  const sentiment =
    labelled.length === 0
      ? undefined
      : scores(
          labelled.map(({ truth }) => truth),
          labelled.map(({ i }) => results[i]?.sentiment ?? ''),
          train.flatMap((row) => (row.sentiment ? [row.sentiment] : [])),
        );
  return {
    trainSize: train.length,
    testSize: test.length,
    category: label('category'),
    priority: label('priority'),
    ...(sentiment ? { sentiment } : {}),
    latenciesMs,
    trainMs,
    model,
  };
}
