/**
 * A multinomial naive Bayes over the terms of readFeatures, one per tenant and label kind
 * (category, priority). Plain JSON so a tenant's model is one row; learning returns a new model.
 */

interface LabelCounts {
  /** Examples seen with this label (the prior). */
  examples: number;
  /** Sum of all term counts (the likelihoods' denominator). */
  terms: number;
  counts: Record<string, number>;
}

export interface LabelModel {
  version: 1;
  labels: Record<string, LabelCounts>;
  /** Distinct terms over all labels, for Laplace smoothing. */
  vocabulary: number;
  /** Divides the log-scores before the softmax, fitted so confidences match accuracy (calibrate). */
  temperature: number;
}

export interface Prediction {
  label: string;
  /** Calibrated probability of the label, in (0, 1]. */
  confidence: number;
}

export interface Example {
  terms: string[];
  label: string;
}

const SMOOTHING = 1;

export const emptyModel = (): LabelModel => ({ version: 1, labels: {}, vocabulary: 0, temperature: 1 });

const knownTerm = (model: LabelModel, term: string): boolean =>
  Object.values(model.labels).some((entry) => entry.counts[term] !== undefined);

/** One more labelled example: only that label's entry is copied, the rest is shared. */
export function learn(model: LabelModel, example: Example): LabelModel {
  const previous = model.labels[example.label] ?? { examples: 0, terms: 0, counts: {} };
  const counts = { ...previous.counts };
  let vocabulary = model.vocabulary;
  for (const term of example.terms) {
    if (counts[term] === undefined && !knownTerm(model, term)) vocabulary += 1;
    counts[term] = (counts[term] ?? 0) + 1;
  }
  const entry = { examples: previous.examples + 1, terms: previous.terms + example.terms.length, counts };
  return { ...model, labels: { ...model.labels, [example.label]: entry }, vocabulary };
}

/** Log prior plus log likelihood per label; terms no label has seen say nothing and are skipped. */
function logScores(model: LabelModel, terms: string[]): Array<[string, number]> {
  const entries = Object.entries(model.labels);
  const total = entries.reduce((sum, [, entry]) => sum + entry.examples, 0);
  const known = terms.filter((term) => knownTerm(model, term));
  return entries.map(([label, entry]) => {
    const denominator = Math.log(entry.terms + SMOOTHING * model.vocabulary);
    const likelihood = known.reduce(
      (sum, term) => sum + Math.log((entry.counts[term] ?? 0) + SMOOTHING) - denominator,
      0,
    );
    return [label, Math.log(entry.examples / total) + likelihood];
  });
}

function softmax(scores: Array<[string, number]>, temperature: number): Array<[string, number]> {
  const max = Math.max(...scores.map(([, score]) => score));
  const weights = scores.map(([label, score]): [string, number] => [
    label,
    Math.exp((score - max) / temperature),
  ]);
  const sum = weights.reduce((total, [, weight]) => total + weight, 0);
  return weights.map(([label, weight]) => [label, weight / sum]);
}

/** Every label with its probability, most likely first. */
export function probabilities(model: LabelModel, terms: string[]): Array<[string, number]> {
  return softmax(logScores(model, terms), model.temperature).sort((a, b) => b[1] - a[1]);
}

/** null until the tenant has labelled a ticket: no guess is better than a made-up label. */
export function predict(model: LabelModel, terms: string[]): Prediction | null {
  const [best] = probabilities(model, terms);
  return best ? { label: best[0], confidence: best[1] } : null;
}

export function train(examples: Example[], start: LabelModel = emptyModel()): LabelModel {
  return examples.reduce(learn, start);
}
