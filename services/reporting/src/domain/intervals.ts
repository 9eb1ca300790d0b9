import type { Interval } from '@switchboard/time';

/** [start, end) in epoch milliseconds; lists of ranges are kept sorted and disjoint. */
export type Range = readonly [number, number];

/** An interval as a range, open ones (and anything past `now`) cut at `now`. */
export const rangeOf = (i: Interval, now: Date): Range => [
  i.start.getTime(),
  Math.min((i.end ?? now).getTime(), now.getTime()),
];

export const lengthMs = (ranges: readonly Range[]) => ranges.reduce((ms, [a, b]) => ms + (b - a), 0);

/** The ranges merged into sorted, disjoint ones (empty ones dropped). */
export function unionOf(ranges: readonly Range[]): Range[] {
  const merged: [number, number][] = [];
  for (const [a, b] of [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The time in both lists. */
export function intersect(left: readonly Range[], right: readonly Range[]): Range[] {
  const [a, b] = [unionOf(left), unionOf(right)];
  const out: Range[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as Range, b[j] as Range];
    const [start, end] = [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
    if (start < end) out.push([start, end]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}

/** The time in `from` but not in `cut`. */
export function subtract(from: readonly Range[], cut: readonly Range[]): Range[] {
  const holes = unionOf(cut);
  const out: Range[] = [];
  for (const [a, b] of unionOf(from)) {
    let start = a;
    for (const [x, y] of holes) {
      if (y <= start || x >= b) continue;
      if (x > start) out.push([start, x]);
      start = Math.max(start, y);
    }
    if (start < b) out.push([start, b]);
  }
  return out;
}
