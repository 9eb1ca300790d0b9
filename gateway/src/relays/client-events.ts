import {
  type Envelope,
  type EventData,
  type EventType,
  type Role,
  roles,
  type StreamEventData,
  type StreamEventName,
} from '@switchboard/contracts';
import { departmentRoom, roleRoom, tenantRoom, ticketRoom, userRoom } from '../io/rooms.js';

/** How one domain event reaches browsers: the socket contract's event name, its rooms and its payload. */
export type ClientEvent = { [N in StreamEventName]: ClientEventOf<N> }[StreamEventName];
type ClientEventOf<N extends StreamEventName> = { name: N; rooms: string[]; data: StreamEventData<N> };

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
/** A mapping reads what its event carries; its output must be what the contract says the name carries. */
type Mapping<T extends EventType> = (event: Envelope<EventData<T>>) => ClientEvent;
/** A mapping for the events whose data is the client event's payload. */
type Of<N extends StreamEventName> = (event: Envelope<StreamEventData<N>>) => ClientEventOf<N>;

const toTenant =
  <N extends StreamEventName>(name: N): Of<N> =>
  (e) => ({ name, rooms: [tenantRoom(e.tenantId)], data: e.data });

/**
 * Who may see a ticket's events (docs/api.md §3): supervisors, admins and viewers, whoever has the
 * ticket open, its assignee — or, while unassigned, every agent (it is their queue) — and a
 * previous assignee, who must learn it left them.
 */
function ticketAudience(e: Envelope<object>): string[] {
  const { ticketId, assigneeId, previousAssigneeId, ticketAssigneeId } = e.data as Record<
    string,
    string | null | undefined
  >;
  const staff = (['admin', 'supervisor', 'viewer'] as const).map((role) => roleRoom(e.tenantId, role));
  const assignee = assigneeId === undefined ? ticketAssigneeId : assigneeId;
  const workers = assignee ? [userRoom(assignee)] : assignee === null ? [roleRoom(e.tenantId, 'agent')] : [];
  const previous = previousAssigneeId ? [userRoom(previousAssigneeId)] : [];
  return [...staff, ...(ticketId ? [ticketRoom(ticketId)] : []), ...workers, ...previous];
}

const toTicketAudience =
  <N extends StreamEventName>(name: N): Of<N> =>
  (e) => ({ name, rooms: ticketAudience(e), data: e.data });

/** An agent's shown status: agent_online / agent_offline, and agent_status_change for away or busy. */
const toAgentStatus: Mapping<'agent.status_changed'> = (e) => {
  const status = e.data.status;
  const name =
    status === 'online' ? 'agent_online' : status === 'offline' ? 'agent_offline' : 'agent_status_change';
  return { name, rooms: [tenantRoom(e.tenantId)], data: e.data };
};

/** A broadcast reaches exactly its audience: the tenant, a role, a department, or listed users. */
const toBroadcast: Mapping<'broadcast.sent'> = (e) => {
  const audience = (e.data.audience ?? {}) as { type?: string; value?: unknown };
  const value = audience.value;
  const rooms =
    audience.type === 'all'
      ? [tenantRoom(e.tenantId)]
      : audience.type === 'role' && typeof value === 'string' && isRole(value)
        ? [roleRoom(e.tenantId, value)]
        : audience.type === 'department' && typeof value === 'string' && value
          ? [departmentRoom(e.tenantId, value)]
          : audience.type === 'agents' && Array.isArray(value)
            ? value.filter((id): id is string => typeof id === 'string').map(userRoom)
            : [];
  return { name: 'broadcast', rooms, data: e.data };
};

/** A broadcast's acknowledgement counts are for the staff who send broadcasts and follow them. */
const toSenders: Of<'broadcast_acknowledged'> = (e) => ({
  name: 'broadcast_acknowledged',
  rooms: (['admin', 'supervisor'] as const).map((role) => roleRoom(e.tenantId, role)),
  data: e.data,
});

/** Help requests and jobs go to the tenant's supervisors and admins, and to whoever asked. */
const toStaffAndRequester =
  <N extends 'help_requested' | 'help_updated' | 'help_message' | 'job_update'>(name: N): Of<N> =>
  (e) => {
    const requesterId = e.data.requesterId;
    const staff = (['admin', 'supervisor'] as const).map((role) => roleRoom(e.tenantId, role));
    return {
      name,
      rooms: [...staff, ...(typeof requesterId === 'string' ? [userRoom(requesterId)] : [])],
      data: e.data,
    };
  };

/**
 * The live dashboard's numbers go to the tenant's supervisors, admins and viewers: the roles that
 * may read reports (docs/api.md §3). Agents see only their own reports, never the team's.
 */
const toReportReaders =
  <N extends StreamEventName>(name: N): Of<N> =>
  (e) => ({
    name,
    rooms: (['admin', 'supervisor', 'viewer'] as const).map((role) => roleRoom(e.tenantId, role)),
    data: e.data,
  });

/**
 * The one place that maps domain events to client events. A service that starts producing an
 * event adds its line here; the gateway's queue binds exactly these keys.
 */
export const clientEvents: { [T in EventType]?: Mapping<T> } = {
  'user.created': toTenant('agent_created'),
  'user.updated': toTenant('agent_updated'),
  'user.deactivated': (e) => ({
    name: 'agent_deleted',
    rooms: [tenantRoom(e.tenantId)],
    data: { agentId: e.data.userId, ...e.data },
  }),
  'ticket.created': toTicketAudience('ticket_created'),
  'ticket.updated': toTicketAudience('ticket_updated'),
  'ticket.assigned': toTicketAudience('conversation_assigned'),
  'ticket.unassigned': toTicketAudience('conversation_unassigned'),
  'ticket.status_changed': toTicketAudience('conversation_update'),
  'message.created': toTicketAudience('new_message'),
  'message.status_updated': toTicketAudience('status_update'),
  'message.read': toTicketAudience('message_read'),
  'sla.warning': toTicketAudience('sla_warning'),
  'sla.breached': toTicketAudience('sla_breached'),
  'sla.escalated': toTicketAudience('sla_escalated'),
  'agent.status_changed': toAgentStatus,
  // Breaks, calls, clocking and load change availability: the live board hears of each.
  'agent.availability_changed': toTenant('agent_status_change'),
  'broadcast.sent': toBroadcast,
  'broadcast.acknowledged': toSenders,
  'help.requested': toStaffAndRequester('help_requested'),
  'help.updated': toStaffAndRequester('help_updated'),
  'help.message_posted': toStaffAndRequester('help_message'),
  'job.updated': toStaffAndRequester('job_update'),
  'metrics.updated': toReportReaders('metrics_update'),
};

export function toClientEvent(event: Envelope): ClientEvent | null {
  // The bus validated `data` against the contract of `type` before handing the event over.
  const mapping = clientEvents[event.type as EventType] as Mapping<EventType> | undefined;
  return mapping ? mapping(event as Envelope<EventData<EventType>>) : null;
}
