import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * A user's notification inbox (docs/api.md §4.18). The notifications service creates
 * one per user from the events that concern them; the gateway relays each to that user's room only.
 */

export const notificationTypes = [
  'mention',
  'assigned',
  'customer_replied',
  'help_answered',
  'sla_warning',
  'sla_breached',
] as const;
export const notificationTypeSchema = z.enum(notificationTypes);
export type NotificationType = z.infer<typeof notificationTypeSchema>;

/** One notification as GET /api/notifications answers it and the socket's `notification` carries it. */
export const notificationSchema = z.object({
  id: z.uuid(),
  type: notificationTypeSchema,
  ticketId: z.uuid().nullable().describe('The ticket it is about; null for a help request without one'),
  title: z.string().describe("The ticket's subject, or the help request's message"),
  body: z.string().describe('What happened: the note, the customer message, the help status'),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const NotificationCreated = defineEvent(
  'notification.created',
  1,
  notificationSchema.extend({
    notificationId: z.uuid(),
    userId: z.uuid().describe('Whose inbox it is in: the only one who hears of it'),
    unreadCount: z.number().int().min(0).describe("The user's unread notifications, this one included"),
  }),
);

/** One or all of a user's notifications were marked read, so their other tabs update the count. */
export const NotificationsRead = defineEvent(
  'notifications.read',
  1,
  z.object({
    userId: z.uuid(),
    notificationIds: z.array(z.uuid()).describe('The notifications that were unread until now'),
    readAt: z.string(),
    unreadCount: z.number().int().min(0),
  }),
);
