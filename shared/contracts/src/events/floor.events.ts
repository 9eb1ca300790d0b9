import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * The floor: supervisors broadcast to their agents, agents ask for help. The presence service
 * publishes these; the gateway relays them to exactly the rooms they address.
 */

export const audienceTypes = ['all', 'role', 'department', 'agents'] as const;
export const audienceTypeSchema = z
  .enum(audienceTypes)
  .describe('Who a broadcast addresses: the whole tenant, one role, one department, or listed agents');
export type AudienceType = z.infer<typeof audienceTypeSchema>;

export const broadcastAudienceSchema = z
  .object({
    type: audienceTypeSchema,
    value: z
      .union([z.string(), z.array(z.uuid())])
      .nullable()
      .describe(
        'null for all; the role (admin, supervisor, agent, viewer); the department name; or the agent ids',
      ),
  })
  .describe('Who the broadcast is for');
export type BroadcastAudience = z.infer<typeof broadcastAudienceSchema>;

export const helpStatuses = ['open', 'accepted', 'resolved'] as const;
export const helpStatusSchema = z
  .enum(helpStatuses)
  .describe('open (nobody has taken it), accepted (a supervisor is on it), resolved');
export type HelpStatus = z.infer<typeof helpStatusSchema>;

const helpRequestId = z.uuid().describe('The help request');
const requesterId = z.uuid().describe('The user who asked for help');
const ticketId = z.uuid().nullable().describe('The ticket the help is about; null if none');

export const BroadcastSent = defineEvent(
  'broadcast.sent',
  1,
  z.object({
    broadcastId: z.uuid().describe('The broadcast'),
    senderId: z.uuid().describe('The supervisor or admin who sent it'),
    message: z.string().describe('The text, 1–2000 characters'),
    audience: broadcastAudienceSchema,
    sentAt: z.iso.datetime({ offset: true }).describe('When it was sent (ISO-8601)'),
  }),
);

export const BroadcastAcknowledged = defineEvent(
  'broadcast.acknowledged',
  1,
  z.object({
    broadcastId: z.uuid().describe('The broadcast'),
    agentId: z.uuid().describe('The recipient who acknowledged it'),
    acknowledgedAt: z.iso.datetime({ offset: true }).describe('When they acknowledged it (ISO-8601)'),
    acknowledgedCount: z
      .number()
      .int()
      .describe('How many recipients have acknowledged it, this one included'),
    recipientCount: z.number().int().describe('How many users the broadcast reached'),
  }),
);

export const HelpRequested = defineEvent(
  'help.requested',
  1,
  z.object({
    helpRequestId,
    requesterId,
    ticketId,
    message: z.string().describe('What the requester needs'),
    requestedAt: z.iso.datetime({ offset: true }).describe('When help was asked for (ISO-8601)'),
  }),
);

export const HelpUpdated = defineEvent(
  'help.updated',
  1,
  z.object({
    helpRequestId,
    requesterId,
    status: z.enum(['accepted', 'resolved']).describe('The status the request moved to'),
    actorId: z.uuid().describe('Who accepted or resolved it'),
    ticketId,
    at: z.iso.datetime({ offset: true }).describe('When it happened (ISO-8601)'),
  }),
);
