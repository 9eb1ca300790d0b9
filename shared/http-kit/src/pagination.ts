import { z } from 'zod';

/** `?page=1&limit=20` (limit at most 100), docs/api.md §2. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type Pagination = z.infer<typeof paginationQuery>;

export type Page<T> = {
  data: T[];
  meta: { total: number; page: number; limit: number; totalPages: number };
};

/** The docs/api.md §2 page envelope around a list of `item`, for response schemas. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: z.object({
      total: z.number().int().describe('Items matching, over all pages'),
      page: z.number().int(),
      limit: z.number().int(),
      totalPages: z.number().int(),
    }),
  });

export const offsetOf = (p: Pagination) => (p.page - 1) * p.limit;

export function toPage<T>(data: T[], total: number, p: Pagination): Page<T> {
  return { data, meta: { total, page: p.page, limit: p.limit, totalPages: Math.ceil(total / p.limit) } };
}
