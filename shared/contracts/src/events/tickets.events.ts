import { z } from 'zod';
import { defineEvent } from './define-event.js';

export const ticketStatuses = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'PENDING',
  'RESOLUTION_REQUESTED',
  'RESOLVED',
  'CLOSED',
] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const priorities = ['low', 'medium', 'high', 'urgent'] as const;
export const prioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof prioritySchema>;

export const deliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export const deliveryStatusSchema = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** Who a ticket is for, as the ticket and GET /api/customers show them (docs/api.md §4.3). */
export const customerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

/** The public ticket object (docs/api.md §4.3). */
export const ticketSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  number: z
    .number()
    .int()
    .positive()
    .describe("The tenant's human ticket number (#42), unique within the tenant"),
  subject: z.string(),
  description: z.string(),
  priority: prioritySchema,
  category: z.string().nullable(),
  tags: z.array(z.string()),
  status: ticketStatusSchema,
  assigneeId: z.uuid().nullable(),
  customerId: z.uuid().nullable().describe('Whose ticket it is: GET /api/customers/:id'),
  customer: customerSchema.nullable(),
  requiresApproval: z.boolean(),
  createdBy: z
    .uuid()
    .nullable()
    .describe('The agent who opened it; null when a customer did, through a channel'),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  approvalWaitSeconds: z
    .number()
    .int()
    .describe(
      'Time spent waiting for a supervisor to approve (RESOLUTION_REQUESTED), kept apart from handling time',
    ),
  mergedIntoId: z
    .uuid()
    .nullable()
    .describe('The ticket this one was merged into (POST /api/tickets/:id/merge); null if never merged'),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** A file on a message as the thread shows it; its bytes are at GET /api/attachments/:id (docs/api.md §4.16). */
export const attachmentRefSchema = z.object({
  id: z.uuid(),
  filename: z.string().describe('The name it was uploaded under, as shown; never a storage path'),
  contentType: z.string(),
  size: z.number().int().min(0).describe('Bytes'),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

/** One message of a ticket's conversation; internal notes are never shown to customers. */
export const messageSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  ticketId: z.uuid(),
  authorType: z.enum(['agent', 'customer', 'system']),
  authorId: z.uuid().nullable(),
  body: z.string(),
  internal: z.boolean(),
  deliveryStatus: deliveryStatusSchema,
  externalId: z.string().nullable(),
  createdAt: z.string(),
  // Came after the first release of message.created: optional, so an older v1 event still decodes.
  attachments: z
    .array(attachmentRefSchema)
    .optional()
    .describe('The files the message carries (the ticket service always lists them, [] for none)'),
});
export type Message = z.infer<typeof messageSchema>;

/**
/**
 * Ticket events carry the ticket as it is after the change, flat, plus `ticketId`. The number and
 * `customerId` came after the first release: optional, so a v1 event produced before them still
 * decodes.
 */
const ticketFact = ticketSchema.extend({
  ticketId: z.uuid(),
  number: ticketSchema.shape.number.optional(),
  customerId: z.uuid().nullable().optional(),
  mergedIntoId: ticketSchema.shape.mergedIntoId.optional(),
});
const actor = z.uuid().nullable().describe('Who did it; null for the system (auto-assignment, SLA)');

export const TicketCreated = defineEvent('ticket.created', 1, ticketFact);
export const TicketUpdated = defineEvent(
  'ticket.updated',
  1,
  ticketFact.extend({ changed: z.array(z.string()), actorId: actor }),
);
export const TicketAssigned = defineEvent(
  'ticket.assigned',
  1,
  ticketFact.extend({ previousAssigneeId: z.uuid().nullable(), actorId: actor }),
);
export const TicketUnassigned = defineEvent(
  'ticket.unassigned',
  1,
  ticketFact.extend({ previousAssigneeId: z.uuid(), actorId: actor }),
);
export const TicketStatusChanged = defineEvent(
  'ticket.status_changed',
  1,
  ticketFact.extend({
    from: ticketStatusSchema,
    to: ticketStatusSchema,
    reason: z.string().nullable(),
    actorId: actor,
  }),
);
export const TicketResolved = defineEvent(
  'ticket.resolved',
  1,
  ticketFact.extend({
    actorId: actor,
    csatToken: z.string().describe('One-time survey token for the customer: POST /api/csat/:token'),
  }),
);
export const TicketReopened = defineEvent('ticket.reopened', 1, ticketFact.extend({ actorId: actor }));
/** The ticket's tags changed (PUT /api/tickets/:id/tags, a macro): `tags` holds them all, as they are now. */
export const TicketTagsChanged = defineEvent(
  'ticket.tags_changed',
  1,
  ticketFact.extend({
    added: z.array(z.string()).describe('Tags the ticket has now and did not have before'),
    removed: z.array(z.string()).describe('Tags the ticket had before and has no longer'),
    actorId: actor,
  }),
);

/**
 * A supervisor merged a duplicate (the source) into the ticket that stays (the target): the source's
 * messages and attachments moved, keeping their ids and times, and the source is CLOSED.
 */
export const TicketMerged = defineEvent(
  'ticket.merged',
  1,
  z.object({
    sourceTicketId: z.uuid().describe('The duplicate, CLOSED now with mergedIntoId = targetTicketId'),
    targetTicketId: z.uuid().describe('The ticket whose conversation holds both threads now'),
    sourceNumber: ticketSchema.shape.number,
    targetNumber: ticketSchema.shape.number,
    movedMessageIds: z.array(z.uuid()).describe('The messages that moved to the target, oldest first'),
    actorId: z.uuid().describe('The supervisor or admin who merged'),
  }),
);

/*
 * The author fields and opensTicket came after the first release: optional, so a v1 event produced
 * before them still decodes (a change within a version only adds fields, docs/api.md §5).
 */
const messageFact = messageSchema.extend({
  messageId: z.uuid(),
  ticketAssigneeId: z.uuid().nullable().describe('Who works the ticket, so their tabs hear of the message'),
  authorName: z
    .string()
    .nullable()
    .optional()
    .describe("The author's name: the customer's, or the staff member's full name; null for the system"),
  authorAddress: z
    .string()
    .nullable()
    .optional()
    .describe("The customer's phone, else email, for their message; null for staff and the system"),
  opensTicket: z.boolean().optional().describe('The message opened its ticket (a new conversation)'),
});
export const MessageCreated = defineEvent('message.created', 1, messageFact);
/** A file was uploaded to a ticket, not yet sent: a message carries it once sent (message.created). */
export const AttachmentUploaded = defineEvent(
  'attachment.uploaded',
  1,
  attachmentRefSchema.extend({
    attachmentId: z.uuid(),
    ticketId: z.uuid(),
    uploadedBy: z.uuid().describe('The member who uploaded it'),
  }),
);
export const MessageStatusUpdated = defineEvent(
  'message.status_updated',
  1,
  z.object({
    messageId: z.uuid(),
    ticketId: z.uuid(),
    status: deliveryStatusSchema,
    externalId: z.string().nullable(),
  }),
);
export const MessageRead = defineEvent(
  'message.read',
  1,
  z.object({ messageId: z.uuid(), ticketId: z.uuid(), readerId: z.uuid(), readAt: z.string() }),
);

export const CsatSubmitted = defineEvent(
  'csat.submitted',
  1,
  z.object({
    ticketId: z.uuid(),
    agentId: z.uuid().nullable().describe('Who resolved the ticket: the agent the rating is about'),
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    answeredAt: z.string(),
  }),
);

/**
 * How many open tickets an agent takes changed (their own capacity, or the tenant's default that
 * applies to them). Presence derives `busy` at capacity from it (docs/api.md §4.5).
 */
export const AgentCapacityChanged = defineEvent(
  'agent.capacity_changed',
  1,
  z.object({
    agentId: z.uuid(),
    capacity: z
      .number()
      .int()
      .min(0)
      .describe("Open tickets the agent takes now: their own capacity, else the tenant's default"),
  }),
);
