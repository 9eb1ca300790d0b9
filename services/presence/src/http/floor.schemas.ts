import { broadcastAudienceSchema, helpStatusSchema, roleSchema } from '@switchboard/contracts';
import { pageOf, paginationQuery } from '@switchboard/http-kit';
import { z } from 'zod';

const message = z.string().trim().min(1).max(2000).describe('The text, 1–2000 characters');

const audience = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('all'), value: z.null().optional() }).strict(),
    z.object({ type: z.literal('role'), value: roleSchema }).strict(),
    z.object({ type: z.literal('department'), value: z.string().trim().min(1).max(100) }).strict(),
    z
      .object({
        type: z.literal('agents'),
        value: z.array(z.uuid('must be an agent id')).min(1).max(500),
      })
      .strict(),
  ])
  .describe('all; a role; a department name; or agent ids of this tenant');

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
