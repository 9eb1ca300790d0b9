import type { AttachmentRef, Message, Ticket } from '@switchboard/contracts';
import type { customers, messages, tickets } from './schema.js';

type TicketRow = typeof tickets.$inferSelect;
type CustomerRow = typeof customers.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The public ticket object from its row and customer. */
export function toTicket(row: TicketRow, customer: CustomerRow | null): Ticket {
  return {
    id: row.id,
    tenantId: row.tenantId,
    number: row.number,
    subject: row.subject,
    description: row.description,
    priority: row.priority,
    category: row.category,
    tags: row.tags,
    status: row.status,
    assigneeId: row.assigneeId,
    customerId: row.customerId,
    customer: customer && {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
    },
    requiresApproval: row.requiresApproval,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    firstResponseAt: iso(row.firstResponseAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    approvalWaitSeconds: row.approvalWaitSeconds,
    mergedIntoId: row.mergedIntoId,
  };
}

export function toMessage(row: MessageRow, attachments: AttachmentRef[] = []): Message {
  return {
    id: row.id,
    tenantId: row.tenantId,
    ticketId: row.ticketId,
    authorType: row.authorType,
    authorId: row.authorId,
    body: row.body,
    internal: row.internal,
    deliveryStatus: row.deliveryStatus,
    externalId: row.externalId,
    createdAt: row.createdAt.toISOString(),
    attachments,
  };
}
