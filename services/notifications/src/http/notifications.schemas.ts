import { notificationSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

/** GET /api/notifications?unread=true&page=&limit= (docs/api.md §4.18). */
export const inboxQuery = paginationQuery.extend({
  unread: z
    .enum(['true', 'false'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true'),
});

export const notificationParams = z.object({ id: z.uuid('must be a notification id') });

export const inboxResponse = z.object({
  data: z.array(notificationSchema),
  meta: z.object({
    total: z.number().int().describe('Notifications matching, over all pages'),
    page: z.number().int(),
    limit: z.number().int(),
    totalPages: z.number().int(),
    unreadCount: z.number().int().describe("The caller's unread notifications, whatever the filter"),
  }),
});

export const readResponse = z.object({
  data: notificationSchema,
  meta: z.object({ unreadCount: z.number().int() }),
});

export const readAllResponse = z.object({
  data: z.object({ read: z.number().int().describe('How many were unread until now') }),
  meta: z.object({ unreadCount: z.number().int() }),
});
