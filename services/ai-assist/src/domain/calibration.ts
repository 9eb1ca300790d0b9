import { type Example, emptyModel, type LabelModel, probabilities, train } from './classifier.js';

/**
 * Naive Bayes multiplies correlated evidence, so raw posteriors usually sit too near 0 or 1; with
 * few terms a message can also come out too unsure. Values above 1 soften, below 1 sharpen.
 */
const TEMPERATURES = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.25, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];
const FOLDS = 5;
/** Fewer examples than this per fold cannot tell one temperature from another. */
const MIN_EXAMPLES = FOLDS * 4;

interface HeldOut {
  model: LabelModel;
  example: Example;
}

/** Each example scored by a model trained on the other folds, as a new message would be. */
function heldOut(examples: Example[]): HeldOut[] {
  return Array.from({ length: FOLDS }, (_, fold) => {
    const model = train(examples.filter((_, i) => i % FOLDS !== fold));
    return examples.filter((_, i) => i % FOLDS === fold).map((example) => ({ model, example }));
  }).flat();
}

function negativeLogLikelihood(scored: HeldOut[], temperature: number): number {
  return scored.reduce((sum, { model, example }) => {
    const probability =
      probabilities({ ...model, temperature }, example.terms).find(
        ([label]) => label === example.label,
      )?.[1] ?? 0;
    return sum - Math.log(Math.max(probability, 1e-9));
  }, 0);
}

/**
 * Trains on all examples, with the temperature that minimises the cross-validated negative
 * log-likelihood (temperature scaling), so a 0.8 confidence is right about 80% of the time.
 */
export function trainCalibrated(examples: Example[]): LabelModel {
  const model = train(examples, emptyModel());
  if (examples.length < MIN_EXAMPLES) return model;
  const scored = heldOut(examples);
  const [temperature] = TEMPERATURES.map((t): [number, number] => [t, negativeLogLikelihood(scored, t)]).sort(
    (a, b) => a[1] - b[1],
  )[0] ?? [1];
  return { ...model, temperature };
}
