/** A page number or a gap between shown pages. */
export type PageItem = number | 'gap';

/**
 * The page buttons a pager shows: the first and last page, the current one and `around` on each
 * side, with a gap where pages are left out (1 … 4 5 6 … 20), so a long list keeps a short pager.
 */
export function pageItems(page: number, totalPages: number, around = 1): PageItem[] {
  const shown = new Set([1, totalPages]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= totalPages) shown.add(p);
  const sorted = [...shown].filter((p) => p >= 1).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const p of sorted) {
    const last = items.at(-1);
    if (typeof last === 'number' && p - last === 2) items.push(last + 1);
    else if (typeof last === 'number' && p - last > 2) items.push('gap');
    items.push(p);
  }
  return items;
}

/** The page to show after the total changed (a filter, a deletion): never past the last page. */
export const clampPage = (page: number, totalPages: number) => Math.max(1, Math.min(page, totalPages));
