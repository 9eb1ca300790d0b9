import {
  broadcastAudienceInputSchema,
  broadcastAudienceSchema,
  broadcastMessageSchema,
  helpStatusSchema,
} from '@switchboard/contracts';
import { pageOf, paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

const message = broadcastMessageSchema;
const audience = broadcastAudienceInputSchema;

/** POST /api/broadcasts. */
export const broadcastBody = z.object({ message, audience }).strict();

/** POST /api/help-requests. */
export const helpRequestBody = z
  .object({
    ticketId: z.uuid('must be a ticket id').nullish().describe('The ticket the help is about'),
    message,
  })
  .strict();

/** GET /api/help-requests. */
export const helpRequestsQuery = paginationQuery.extend({
  status: helpStatusSchema.optional().describe('Only requests in this status'),
});

export const idParams = z.object({ id: z.uuid('must be an id') });

const broadcast = z.object({
  id: z.uuid(),
  senderId: z.uuid(),
  message: z.string(),
  audience: broadcastAudienceSchema,
  sentAt: z.string(),
});
export const sentBroadcastResponse = broadcast.extend({
  recipientCount: z.number().int().describe('Agents the audience named when it was sent'),
  acknowledgedCount: z.number().int(),
});
export const broadcastsPage = z.union([
  pageOf(sentBroadcastResponse).describe(
    'Admins and supervisors: every broadcast, with its acknowledgements',
  ),
  pageOf(
    broadcast.extend({ acknowledgedAt: z.string().nullable().describe('When the caller acknowledged it') }),
  ).describe('Agents and viewers: the broadcasts addressed to them'),
]);

export const acknowledgementResponse = z.object({
  broadcastId: z.uuid(),
  agentId: z.uuid(),
  acknowledgedAt: z.string().describe('The first acknowledgement; acknowledging again changes nothing'),
});

export const helpRequestResponse = z.object({
  id: z.uuid(),
  requesterId: z.uuid(),
  ticketId: z.uuid().nullable(),
  message: z.string(),
  status: helpStatusSchema,
  acceptedBy: z.uuid().nullable(),
  acceptedAt: z.string().nullable(),
  resolvedBy: z.uuid().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** POST /api/help-requests/:id/messages. */
export const helpMessageBody = z.object({ body: message }).strict();

export const helpMessageResponse = z.object({
  id: z.uuid(),
  helpRequestId: z.uuid(),
  authorId: z.uuid().describe('The requester, a supervisor or an admin'),
  body: z.string(),
  createdAt: z.string(),
});
