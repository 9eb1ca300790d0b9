import { agentActivityTypes, type Envelope, type EventData } from '@switchboard/contracts';
import type { OnlineStatus } from './availability.js';
import type { Move } from './moves.js';

export const activityTypes = agentActivityTypes;
export type ActivityType = (typeof activityTypes)[number];

/** One line of an agent's activity timeline (docs/api.md §8.2). */
export type ActivityEntry = {
  agentId: string;
  type: ActivityType;
  description: string;
  metadata: Record<string, unknown>;
};

const moveLines: Record<Move, Pick<ActivityEntry, 'type' | 'description'>> = {
  clock_in: { type: 'login', description: 'Clocked in' },
  clock_out: { type: 'logout', description: 'Clocked out' },
  break_start: { type: 'status_change', description: 'Started a break' },
  break_end: { type: 'status_change', description: 'Ended the break' },
  on_call_start: { type: 'status_change', description: 'Went on a call' },
  on_call_end: { type: 'status_change', description: 'Ended the call' },
};

/**
 * A move of the agent's work session. Clocking in and out are the timeline's login and logout:
 * signing in to the app alone does not start work (docs/api.md §8.2 counts sessions from them).
 */
export function moveActivity(
  agentId: string,
  move: Move,
  details: { reason?: string | null; closedBy?: string },
): ActivityEntry {
  const line = moveLines[move];
  const reason = details.reason ? `: ${details.reason}` : '';
  const closed = details.closedBy === 'idle_cleanup' ? ' (idle session closed automatically)' : '';
  return {
    agentId,
    ...line,
    description: `${line.description}${reason}${closed}`,
    metadata: {
      move,
      ...(details.reason ? { reason: details.reason } : {}),
      ...(details.closedBy ? { closedBy: details.closedBy } : {}),
    },
  };
}

export const statusActivity = (agentId: string, status: OnlineStatus, from: OnlineStatus): ActivityEntry => ({
  agentId,
  type: 'status_change',
  description: `Status ${from} → ${status}`,
  metadata: { from, to: status },
});

type TicketFact = EventData<'ticket.assigned'> | EventData<'ticket.resolved'>;

/** A ticket reaching the agent, or resolved while theirs; null when it concerns no agent. */
export function ticketActivity(event: Envelope<TicketFact>): ActivityEntry | null {
  const { assigneeId, ticketId, subject } = event.data;
  if (!assigneeId) return null;
  const resolved = event.type === 'ticket.resolved';
  return {
    agentId: assigneeId,
    type: resolved ? 'ticket_resolved' : 'ticket_assigned',
    description: `${resolved ? 'Resolved' : 'Was assigned'} “${subject}”`,
    metadata: { ticketId, actorId: event.data.actorId },
  };
}

/** A reply the agent sent to a customer; internal notes and others' messages are not the agent's sends. */
export function messageActivity(event: Envelope<EventData<'message.created'>>): ActivityEntry | null {
  const { authorType, authorId, internal, ticketId, messageId } = event.data;
  if (authorType !== 'agent' || !authorId || internal) return null;
  return {
    agentId: authorId,
    type: 'message_sent',
    description: 'Replied to a customer',
    metadata: { ticketId, messageId },
  };
}
