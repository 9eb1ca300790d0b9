/** Shared number helpers: every figure in a result is computed here. */

export type Summary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of an ascending array (0 for none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

/** Latency samples (ms) to n, mean, p50/p95/p99 and max, rounded to 0.01 ms. */
export function summarize(samples: number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const mean = list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0;
  return {
    n: list.length,
    mean: round(mean),
    p50: round(percentile(list, 50)),
    p95: round(percentile(list, 95)),
    p99: round(percentile(list, 99)),
    max: round(list.at(-1) ?? 0),
  };
}

/** Events per second over a span in ms. */
export const perSecond = (count: number, ms: number) => (ms > 0 ? round((count * 1000) / ms, 1) : 0);

/** a / b, or null when there is no baseline. */
export const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

/** A wall clock in ms with sub-ms resolution, comparable across processes of one machine. */
export const now = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
