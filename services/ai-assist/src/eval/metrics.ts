export const accuracy = (truth: string[], predicted: string[]): number =>
  truth.length === 0 ? 0 : truth.filter((label, i) => label === predicted[i]).length / truth.length;

/** The unweighted mean of per-label F1 over the labels in the truth: rare labels count as much. */
export function macroF1(truth: string[], predicted: string[]): number {
  const labels = [...new Set(truth)];
  const f1s = labels.map((label) => {
    const truePositives = truth.filter((t, i) => t === label && predicted[i] === label).length;
    const predictedCount = predicted.filter((p) => p === label).length;
    const actualCount = truth.filter((t) => t === label).length;
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = truePositives / actualCount;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return f1s.length === 0 ? 0 : f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length;
}

export function majorityLabel(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

/**
 * Expected calibration error over ten equal-width confidence bins: how far, on average, the
 * stated confidence is from the accuracy actually achieved at that confidence.
 */
export function expectedCalibrationError(confidences: number[], correct: boolean[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  confidences.forEach((confidence, i) => {
    const bin = bins[Math.min(9, Math.floor(confidence * 10))];
    if (!bin) return;
    bin.count += 1;
    bin.confidence += confidence;
    bin.correct += correct[i] ? 1 : 0;
  });
  const total = confidences.length || 1;
  return bins.reduce(
    (sum, bin) => sum + ((bin.count / total) * Math.abs(bin.confidence - bin.correct)) / (bin.count || 1),
    0,
  );
}
