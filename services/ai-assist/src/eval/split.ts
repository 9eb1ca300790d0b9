/** mulberry32: a seeded generator, so every run splits a corpus the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Holds out testShare of each group (by category), shuffled with the seed: every category is
 * tested, and the test rows are never seen in training.
 */
export function stratifiedSplit<T>(
  rows: T[],
  groupOf: (row: T) => string,
  testShare: number,
  seed: number,
): { train: T[]; test: T[] } {
  const random = seeded(seed);
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), row]);
  const train: T[] = [];
  const test: T[] = [];
  for (const group of groups.values()) {
    const shuffled = group
      .map((row) => ({ row, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ row }) => row);
    const testCount = Math.round(shuffled.length * testShare);
    test.push(...shuffled.slice(0, testCount));
    train.push(...shuffled.slice(testCount));
  }
  return { train, test };
}
