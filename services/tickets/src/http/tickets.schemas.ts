import { messageSchema, prioritySchema, ticketStatusSchema } from '@switchboard/contracts';
import { paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';
import { ticketSorts } from '../data/tickets.repository.js';
import { tagListSchema, tagSchema } from './tags.schemas.js';

const label = z.string().trim().min(1).max(50);

export const ticketIdParams = z.object({ id: z.uuid('must be a ticket id') });
export const messageIdParams = ticketIdParams.extend({ messageId: z.uuid('must be a message id') });

export const createTicketBody = z.object({
  subject: z.string().trim().min(1).max(300),
  description: z.string().max(20_000).default(''),
  priority: prioritySchema,
  category: label.optional(),
  tags: tagListSchema.optional(),
  customer: z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.email().max(255).optional(),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[\d\s\-()]{3,20}$/, 'must be a phone number')
        .optional(),
    })
    .optional(),
  requiresApproval: z.boolean().optional(),
});

export const patchTicketBody = z
  .object({
    status: ticketStatusSchema,
    priority: prioritySchema,
    subject: z.string().trim().min(1).max(300),
    category: label.nullable(),
    tags: tagListSchema,
    reason: z.string().trim().min(1).max(2_000),
  })
  .partial()
  .strict();

/** One status or several, comma-separated (`NEW,ASSIGNED`: a queue of the open ones, paged by the server). */
const statusList = z
  .string()
  .transform((s) => [...new Set(s.split(','))])
  .pipe(z.array(ticketStatusSchema).min(1));

export const listTicketsQuery = paginationQuery.extend({
  status: statusList.optional(),
  priority: prioritySchema.optional(),
  assigneeId: z.union([z.uuid(), z.literal('none')]).optional(),
  category: label.optional(),
  tag: tagSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(ticketSorts).default('-createdAt'),
});

export const assignBody = z.object({ agentId: z.uuid().nullable() });

/**
 * The text itself, or a canned response to fill in for this ticket (docs/api.md §4.15): one of the
 * two; with the files uploaded for it (§4.16).
 */
export const postMessageBody = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(20_000).optional(),
    cannedResponseId: z.uuid('must be a canned response id').optional(),
    internal: z.boolean().default(false),
    attachmentIds: z
      .array(z.uuid())
      .max(10)
      .optional()
      .describe('Files uploaded to this ticket (POST /api/tickets/:id/attachments) that the message carries'),
  })
  .refine((m) => (m.body === undefined) !== (m.cannedResponseId === undefined), {
    path: ['body'],
    message: 'give either body or cannedResponseId',
  });

export const historyResponse = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      actorId: z.uuid().nullable().describe('Null for the system (auto-assignment, SLA, channels)'),
      action: z.string().describe('What happened, e.g. created, assigned, status_changed'),
      changes: z.unknown().describe('The fields the action changed'),
      at: z.string(),
    }),
  ),
});

export const readReceiptResponse = z.object({
  messageId: z.uuid(),
  readerId: z.uuid(),
  readAt: z.string().describe('When this reader first read the message'),
});

/** A message as the thread lists it: with its stored read receipts, so "Seen by" survives a reload. */
export const threadMessage = messageSchema.extend({
  readBy: z.array(z.uuid()).describe('Who has read the message, earliest first'),
});
