import { z } from 'zod';
import { roleSchema } from './auth.events.js';
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

/** A broadcast's text, as a sender writes it (POST /api/broadcasts, a NOTIFICATION job). */
export const broadcastMessageSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe('The text, 1–2000 characters');

/** The audience a sender names, checked strictly (POST /api/broadcasts, a NOTIFICATION job). */
export const broadcastAudienceInputSchema = z
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
export type BroadcastAudienceInput = z.infer<typeof broadcastAudienceInputSchema>;

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

/**
 * A NOTIFICATION job (docs/api.md §4.12) asks for a broadcast: the reporting service publishes it
 * when the job runs, the presence service sends the broadcast (broadcast.sent) on its behalf.
 */
export const BroadcastRequested = defineEvent(
  'broadcast.requested',
  1,
  z.object({
    jobId: z.uuid().describe('The NOTIFICATION job that asked for it'),
    requesterId: z.uuid().describe('The supervisor or admin who queued the job: the sender'),
    message: z.string().describe('The text, 1–2000 characters'),
    audience: broadcastAudienceSchema,
  }),
);

/** A message was posted in a help request's thread (docs/api.md §4.10), by the asker or staff. */
export const HelpMessagePosted = defineEvent(
  'help.message_posted',
  1,
  z.object({
    helpRequestId,
    requesterId,
    messageId: z.uuid().describe('The thread message'),
    authorId: z.uuid().describe('Who wrote it: the requester, a supervisor or an admin'),
    body: z.string().describe('The text, 1–2000 characters'),
    postedAt: z.iso.datetime({ offset: true }).describe('When it was posted (ISO-8601)'),
  }),
);
