import { type Envelope, type EventType, type Role, roles } from '@switchboard/contracts';
import { departmentRoom, roleRoom, tenantRoom, ticketRoom, userRoom } from '../io/rooms.js';

/** How one domain event reaches browsers: the docs/api.md §6 event name, its rooms and its payload. */
export type ClientEvent = { name: string; rooms: string[]; data: Record<string, unknown> };

type Data = Record<string, unknown>;
const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
type Mapping = (event: Envelope<Data>) => ClientEvent;

const toTenant =
  (name: string, data: (e: Envelope<Data>) => Data = (e) => e.data): Mapping =>
  (e) => ({
    name,
    rooms: [tenantRoom(e.tenantId)],
    data: data(e),
  });

/**
 * Who may see a ticket's events (docs/api.md §3): supervisors, admins and viewers, whoever has the
 * ticket open, its assignee — or, while unassigned, every agent (it is their queue) — and a
 * previous assignee, who must learn it left them.
 */
function ticketAudience(e: Envelope<Data>): string[] {
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
  (name: string): Mapping =>
  (e) => ({ name, rooms: ticketAudience(e), data: e.data });

/** An agent's shown status: agent_online / agent_offline, and agent_status_change for away or busy. */
const toAgentStatus: Mapping = (e) => {
  const status = e.data.status;
  const name =
    status === 'online' ? 'agent_online' : status === 'offline' ? 'agent_offline' : 'agent_status_change';
  return { name, rooms: [tenantRoom(e.tenantId)], data: e.data };
};

/** A broadcast reaches exactly its audience: the tenant, a role, a department, or listed users. */
const toBroadcast: Mapping = (e) => {
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

/** Help requests and jobs go to the tenant's supervisors and admins, and to whoever asked. */
const toStaffAndRequester =
  (name: string): Mapping =>
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
  (name: string): Mapping =>
  (e) => ({
    name,
    rooms: (['admin', 'supervisor', 'viewer'] as const).map((role) => roleRoom(e.tenantId, role)),
    data: e.data,
  });

/**
 * The one place that maps domain events to client events. A service that starts producing an
 * event adds its line here; the gateway's queue binds exactly these keys.
 */
export const clientEvents: Partial<Record<EventType, Mapping>> = {
  'user.created': toTenant('agent_created'),
  'user.updated': toTenant('agent_updated'),
  'user.deactivated': toTenant('agent_deleted', (e) => ({ agentId: e.data.userId, ...e.data })),
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
  'help.requested': toStaffAndRequester('help_requested'),
  'help.updated': toStaffAndRequester('help_updated'),
  'job.updated': toStaffAndRequester('job_update'),
  'metrics.updated': toReportReaders('metrics_update'),
};

export function toClientEvent(event: Envelope): ClientEvent | null {
  const mapping = clientEvents[event.type as EventType];
  return mapping ? mapping(event as Envelope<Data>) : null;
}
