import type { Stats } from '@switchboard/contracts';

export type { Stats };

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The value at nearest rank ⌈p/100 · n⌉ of the ascending values (1-based): always a real sample. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** The middle value, or the mean of the two middle values when the count is even. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  const upper = sorted[mid] ?? 0;
  return n % 2 === 1 ? upper : round1(((sorted[mid - 1] ?? 0) + upper) / 2);
}

/** Count, mean (one decimal), median and p90 (nearest rank); null figures when there are no values. */
export function statsOf(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    avg: sorted.length ? round1(sum / sorted.length) : null,
    median: median(sorted),
    p90: nearestRank(sorted, 90),
  };
}

/** `part` of `whole` in percent with one decimal; null when `whole` is 0. */
export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? round1((part / whole) * 100) : null;

/** Mean with two decimals (ratings); null for no values. */
export const mean2 = (values: readonly number[]): number | null =>
  values.length ? Math.round((values.reduce((s, x) => s + x, 0) / values.length) * 100) / 100 : null;
