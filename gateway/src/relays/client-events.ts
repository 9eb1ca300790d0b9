import {
  type Envelope,
  type EventData,
  type EventType,
  type LastMessageUpdate,
  type NewMessageAliases,
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
/**
 * A mapping reads what its event carries; its output must be what the contract says the name carries.
 * One domain event may make several client events (a new message also updates its conversation).
 */
type Mapping<T extends EventType> = (event: Envelope<EventData<T>>) => ClientEvent | ClientEvent[];
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

/** A merge reaches the staff and whoever has either ticket open: the source's tab follows to the target. */
const toMerged: Of<'ticket_merged'> = (e) => ({
  name: 'ticket_merged',
  rooms: [
    ...(['admin', 'supervisor', 'viewer'] as const).map((role) => roleRoom(e.tenantId, role)),
    ticketRoom(e.data.sourceTicketId),
    ticketRoom(e.data.targetTicketId),
  ],
  data: e.data,
});

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

/** A status change, with reference/001's `conversationId` beside the ticket's own ids. */
const toStatusChange: Mapping<'ticket.status_changed'> = (e) => ({
  name: 'conversation_update',
  rooms: ticketAudience(e),
  data: { ...e.data, conversationId: e.data.ticketId },
});

/**
 * A new message: `new_message` with reference/001's (and reference/004's `content`) names beside
 * Switchboard's, and a `conversation_update` naming it the conversation's last message.
 */
const toNewMessage: Mapping<'message.created'> = (e) => {
  const m = e.data;
  const rooms = ticketAudience(e);
  const from = m.authorType === 'customer' ? (m.authorAddress ?? null) : m.authorId;
  const aliases: NewMessageAliases = {
    conversationId: m.ticketId,
    from,
    from_name: m.authorName ?? null,
    message: m.body,
    content: m.body,
    media_url: m.attachments?.[0] ? `/api/attachments/${m.attachments[0].id}` : null,
    timestamp: m.createdAt,
    isNewConversation: m.opensTicket ?? false,
  };
  const last: LastMessageUpdate = {
    id: m.ticketId,
    ticketId: m.ticketId,
    conversationId: m.ticketId,
    lastMessage: m.body,
    lastMessageAt: m.createdAt,
    direction: m.authorType === 'customer' ? 'inbound' : 'outbound',
  };
  return [
    { name: 'new_message', rooms, data: { ...m, ...aliases } },
    { name: 'conversation_update', rooms, data: last },
  ];
};

/**
 * An agent's own numbers and timeline (docs/api.md §8.2): the staff who read reports, and the agent
 * themself — agents see only their own activity and performance, never a colleague's.
 */
const toStaffAndAgent =
  <N extends 'agent_activity' | 'performance_update'>(name: N): Of<N> =>
  (e) => ({
    name,
    rooms: [
      ...(['admin', 'supervisor', 'viewer'] as const).map((role) => roleRoom(e.tenantId, role)),
      userRoom(e.data.agentId),
    ],
    data: e.data,
  });

/** A drafted reply is for the one who works the ticket: supervisors watching it do not get it. */
const toAssignee: Of<'ai_draft'> = (e) => ({
  name: 'ai_draft',
  rooms: e.data.ticketAssigneeId ? [userRoom(e.data.ticketAssigneeId)] : [],
  data: e.data,
});

/** A user's notifications are theirs alone: only their own tabs hear of them. */
const toOwner =
  <N extends 'notification' | 'notifications_read'>(name: N): Of<N> =>
  (e) => ({ name, rooms: [userRoom(e.data.userId)], data: e.data });

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
  'ticket.tags_changed': toTicketAudience('ticket_tags_changed'),
  'ticket.merged': toMerged,
  'ticket.assigned': toTicketAudience('conversation_assigned'),
  'ticket.unassigned': toTicketAudience('conversation_unassigned'),
  'ticket.status_changed': toStatusChange,
  'message.created': toNewMessage,
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
  // The tenant's numbers (no one's own) reach all its staff, agents included (reference/001).
  'metrics.updated': toTenant('metrics_update'),
  'agent.activity_logged': toStaffAndAgent('agent_activity'),
  'agent.performance_changed': toStaffAndAgent('performance_update'),
  // AI assist on a customer message (docs/ai.md): its steps reach whoever sees the message.
  'ai.processing_started': toTicketAudience('ai_processing_started'),
  'ai.message_classified': toTicketAudience('ai_classification'),
  'ai.draft_proposed': toAssignee,
  'ai.processing_completed': toTicketAudience('ai_processing_completed'),
  'notification.created': toOwner('notification'),
  'notifications.read': toOwner('notifications_read'),
};

/** The client events a domain event makes, in the order they are streamed; none for most events. */
export function toClientEvents(event: Envelope): ClientEvent[] {
  // The bus validated `data` against the contract of `type` before handing the event over.
  const mapping = clientEvents[event.type as EventType] as Mapping<EventType> | undefined;
  return mapping ? [mapping(event as Envelope<EventData<EventType>>)].flat() : [];
}
