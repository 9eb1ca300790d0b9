/*
 * Fuzzy search for the composer's picker: the query's characters in order within the short code
 * or the title ("gr" finds "greet", "grt" too). A tenant has tens of responses, not thousands, so
 * a small scorer of our own does (no search library to ship to every browser).
 */

export type Searchable = { shortCode: string; title: string };

/** How well `query` matches `text`: higher is better, null when its characters are not all there in order. */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  if (!q) return 0;
  if (t.startsWith(q)) return 1000 - t.length;
  const at = t.indexOf(q);
  if (at >= 0) return 500 - at;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of q) {
    const found = t.indexOf(ch, from);
    if (found < 0) return null;
    score += found === previous + 1 ? 10 : 1; // consecutive letters weigh more than scattered ones
    previous = found;
    from = found + 1;
  }
  return score;
}

/** The items `query` matches, best first; the short code counts more than the title. */
export function fuzzyFilter<T extends Searchable>(items: readonly T[], query: string, limit = 8): T[] {
  const scored = items.flatMap((item) => {
    const code = fuzzyScore(query, item.shortCode);
    const title = fuzzyScore(query, item.title);
    if (code === null && title === null) return [];
    return [{ item, score: Math.max((code ?? -1) * 2, title ?? -1) }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.item.shortCode.localeCompare(b.item.shortCode))
    .slice(0, limit)
    .map((s) => s.item);
}
