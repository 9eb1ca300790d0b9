import { z } from 'zod';
import { onlineStatusSchema } from './auth.events.js';
import { defineEvent } from './define-event.js';

/*
 * Presence: when agents work, rest and show themselves online. The presence service publishes
 * these; the ticket service keeps its own copy to decide who may be given tickets.
 */

export const availabilities = ['available', 'busy', 'offline'] as const;
export const availabilitySchema = z
  .enum(availabilities)
  .describe(
    'Whether the agent can take work now: available, busy (working at capacity or on a call), offline',
  );
export type Availability = z.infer<typeof availabilitySchema>;

export const activities = ['working', 'break', 'on_call', 'clocked_out'] as const;
export const activitySchema = z
  .enum(activities)
  .describe('What the agent is doing: working (clocked in), on a break, on a call, or clocked out');
export type Activity = z.infer<typeof activitySchema>;

const agentId = z.uuid().describe('The agent (their user id)');
const at = z.iso.datetime({ offset: true }).describe('When it happened (ISO-8601)');

export const AgentClockedIn = defineEvent('agent.clocked_in', 1, z.object({ agentId, at }));
export const AgentClockedOut = defineEvent(
  'agent.clocked_out',
  1,
  z.object({
    agentId,
    at,
    closedBy: z
      .enum(['agent', 'idle_cleanup'])
      .optional()
      .describe('Who ended the session: the agent, or the cleanup of idle sessions (absent: the agent)'),
  }),
);
export const AgentBreakStarted = defineEvent(
  'agent.break_started',
  1,
  z.object({
    agentId,
    at,
    reason: z.string().nullable().describe('Why, as the agent gave it (lunch, training, …); null if none'),
  }),
);
export const AgentBreakEnded = defineEvent('agent.break_ended', 1, z.object({ agentId, at }));
export const AgentStatusChanged = defineEvent(
  'agent.status_changed',
  1,
  z.object({ agentId, status: onlineStatusSchema.describe('The status the agent now shows'), at }),
);
export const AgentAvailabilityChanged = defineEvent(
  'agent.availability_changed',
  1,
  z.object({
    agentId,
    availability: availabilitySchema,
    activity: activitySchema,
    onlineStatus: onlineStatusSchema.describe('The status the agent shows'),
    openTickets: z
      .number()
      .int()
      .min(0)
      .describe('Tickets the agent works now (ASSIGNED, IN_PROGRESS, PENDING)'),
    capacity: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe("How many open tickets the agent takes; null when the tenant's default applies"),
    at,
  }),
);

/**
 * A tenant's shift rules changed (PUT /api/sessions/settings). Reporting counts days and
 * attendance with them; until a tenant saves any, the defaults of @switchboard/time apply.
 */
export const ShiftSettingsUpdated = defineEvent(
  'shift_settings.updated',
  1,
  z.object({
    timeZone: z.string().describe("IANA time zone the tenant's days are counted in"),
    shiftStart: z.string().describe('Local "HH:MM" the shift starts on a workday'),
    lateAfterMinutes: z.number().int().min(0),
    workdays: z
      .array(z.number().int().min(0).max(6))
      .describe('Local weekdays that are workdays, 0 = Sunday'),
    idleSessionLimitMinutes: z.number().int().min(1),
    updatedAt: at,
  }),
);

export const agentActivityTypes = [
  'login',
  'logout',
  'status_change',
  'ticket_assigned',
  'ticket_resolved',
  'message_sent',
] as const;

/**
 * A line was added to an agent's activity timeline (GET /api/agents/:id/activity, the socket's
 * `agent_activity`): the same fields as the line the timeline lists.
 */
export const AgentActivityLogged = defineEvent(
  'agent.activity_logged',
  1,
  z.object({
    id: z.uuid().describe('The timeline line'),
    agentId,
    type: z.enum(agentActivityTypes),
    description: z.string().describe('The line as people read it'),
    timestamp: at,
    metadata: z
      .record(z.string(), z.unknown())
      .describe('Ids and details: ticketId, reason, from/to status, …'),
  }),
);
