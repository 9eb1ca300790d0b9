import { describe, expect, it } from 'vitest';
import type { Page } from './api.js';
import { hasEarlier, joinEarlier, openingPages } from './thread-pages.js';

const page = (n: number, ids: string[], total = 120): Page<{ id: string }> => ({
  data: ids.map((id) => ({ id })),
  meta: { total, page: n, limit: 50, totalPages: 3 },
});

describe('thread pages', () => {
  it('opens on the last two pages, or the only one', () => {
    expect(openingPages(0)).toEqual([1]);
    expect(openingPages(1)).toEqual([1]);
    expect(openingPages(2)).toEqual([1, 2]);
    expect(openingPages(7)).toEqual([6, 7]);
  });

  it('puts an earlier page in front, keeps the newest total and notes the earliest page loaded', () => {
    const loaded = { ...page(2, ['c', 'd']), meta: { ...page(2, []).meta, total: 121 } };
    const joined = joinEarlier(page(1, ['a', 'b', 'c']), loaded);
    expect(joined.data.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(joined.meta).toEqual({ total: 121, page: 1, limit: 50, totalPages: 3 });
    expect(hasEarlier(joined)).toBe(false);
    expect(hasEarlier(loaded)).toBe(true);
    expect(hasEarlier(undefined)).toBe(false);
  });
});
