import type { Page } from './api.js';

/** Messages per request of a thread (GET /api/tickets/:id/messages pages oldest first). */
export const threadPageSize = 50;

/**
 * The pages a thread opens with: the last two, so its newest messages show and a short last page
 * never leaves the view nearly empty. Pages count from the oldest message, so a new message only
 * grows the last one and an earlier page never shifts.
 */
export const openingPages = (totalPages: number) => (totalPages <= 1 ? [1] : [totalPages - 1, totalPages]);

/**
 * An earlier page joined in front of the loaded messages; `meta.page` says the earliest page
 * loaded, so "Load earlier messages" asks for the one before it. A message in both stays once.
 */
export function joinEarlier<T extends { id: string }>(earlier: Page<T>, loaded: Page<T>): Page<T> {
  const ids = new Set(loaded.data.map((m) => m.id));
  return {
    data: [...earlier.data.filter((m) => !ids.has(m.id)), ...loaded.data],
    meta: { ...loaded.meta, page: earlier.meta.page },
  };
}

export const hasEarlier = (page: Page<unknown> | undefined) => (page?.meta.page ?? 1) > 1;
