import type { EventData, EventType } from '../catalog.js';
import type { Role } from '../events/auth.events.js';

/*
 * What the gateway sends to browsers (docs/api.md §6, docs/realtime.md). Types only: the web app
 * imports them with `import type`, so none of this (nor zod) reaches its bundle.
 */

/**
 * The stream events: each client event name and the domain events it is made from
 * (gateway/src/relays/client-events.ts maps them; its payload is their `data`).
 */
export const streamEventSources = {
  agent_created: ['user.created'],
  agent_updated: ['user.updated'],
  agent_deleted: ['user.deactivated'],
  ticket_created: ['ticket.created'],
  ticket_updated: ['ticket.updated'],
  ticket_tags_changed: ['ticket.tags_changed'],
  ticket_merged: ['ticket.merged'],
  conversation_assigned: ['ticket.assigned'],
  conversation_unassigned: ['ticket.unassigned'],
  // A status change, and (reference/001) every new message as the conversation's last one.
  conversation_update: ['ticket.status_changed', 'message.created'],
  new_message: ['message.created'],
  status_update: ['message.status_updated'],
  message_read: ['message.read'],
  sla_warning: ['sla.warning'],
  sla_breached: ['sla.breached'],
  sla_escalated: ['sla.escalated'],
  agent_online: ['agent.status_changed'],
  agent_offline: ['agent.status_changed'],
  // Away and busy, and every change of availability (breaks, calls, clocking, load).
  agent_status_change: ['agent.status_changed', 'agent.availability_changed'],
  broadcast: ['broadcast.sent'],
  broadcast_acknowledged: ['broadcast.acknowledged'],
  help_requested: ['help.requested'],
  help_updated: ['help.updated'],
  help_message: ['help.message_posted'],
  job_update: ['job.updated'],
  metrics_update: ['metrics.updated'],
  agent_activity: ['agent.activity_logged'],
  performance_update: ['agent.performance_changed'],
  ai_processing_started: ['ai.processing_started'],
  ai_classification: ['ai.message_classified'],
  ai_draft: ['ai.draft_proposed'],
  ai_processing_completed: ['ai.processing_completed'],
  notification: ['notification.created'],
  notifications_read: ['notifications.read'],
} as const satisfies Record<string, readonly EventType[]>;

export type StreamEventName = keyof typeof streamEventSources;

/** What `send_message` answers, and the `message_sent` the sender gets (reference/004). */
export type MessageSent = { conversationId: string; messageId: string; createdAt: string };

/** reference/001's names for a new message, beside Switchboard's own (docs/realtime.md). */
export type NewMessageAliases = {
  conversationId: string;
  /** The customer's phone or email for their message; the author's user id for staff; null for the system. */
  from: string | null;
  from_name: string | null;
  message: string;
  /** reference/004's name for the body. */
  content: string;
  /** The download path (GET /api/attachments/:id, with the user's token) of the message's first file, else null. */
  media_url: string | null;
  timestamp: string;
  isNewConversation: boolean;
};

/** reference/001's `conversation_update` for a new message: the conversation's last message. */
export type LastMessageUpdate = {
  id: string;
  ticketId: string;
  conversationId: string;
  lastMessage: string;
  lastMessageAt: string;
  direction: 'inbound' | 'outbound';
};

/** Stream events whose payload is not (only) the domain data of their sources. */
type Shapes = {
  agent_deleted: EventData<'user.deactivated'> & { agentId: string };
  new_message: EventData<'message.created'> & NewMessageAliases;
  conversation_update: (EventData<'ticket.status_changed'> & { conversationId: string }) | LastMessageUpdate;
};

/** What the gateway maps a domain event to: its `data`, or the shape given above. */
export type StreamEventData<N extends StreamEventName> = N extends keyof Shapes
  ? Shapes[N]
  : EventData<(typeof streamEventSources)[N][number]>;

/** Every stream event carries its place in the tenant's stream (docs/realtime.md "seq and epoch"). */
export type StreamMeta = {
  eventId: string;
  /** The domain event's type, unless the data has a `type` of its own (a job's). */
  type: string;
  occurredAt: string;
  seq: number;
  epoch: string;
};

export type StreamPayload<N extends StreamEventName> = Omit<StreamMeta, keyof StreamEventData<N>> &
  StreamEventData<N>;

/** The codes of the `error` event (docs/realtime.md "Connecting"). */
export type SocketErrorCode =
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_CONNECTIONS'
  | 'RATE_LIMITED'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'NOT_FOUND';

/** The `error` event, and the `error` of a refused acknowledgement. */
export type SocketError = { code: SocketErrorCode; message: string; retryAfterMs?: number };

export type StreamHead = { epoch: string; seq: number };
export type Authenticated = { userId: string; tenantId: string; role: Role; email: string } & StreamHead;
export type ResumeResult = { recovered: true; replayed: number } | ({ recovered: false } & StreamHead);
/** Relayed to the others in a ticket's room; no seq (typing is not part of the stream). */
export type Typing = { ticketId: string; userId: string };
/** One user with the ticket open (any number of tabs); composing while any of them types. */
export type TicketViewer = { userId: string; fullName: string; composing: boolean };
/** To a ticket's room whenever its viewers change; no seq (presence in a ticket is not stored). */
export type TicketViewers = { ticketId: string; viewers: TicketViewer[] };

/** Socket.IO's `Server<…, ServerToClientEvents>` / the client's `Socket<ServerToClientEvents, …>`. */
export type ServerToClientEvents = { [N in StreamEventName]: (payload: StreamPayload<N>) => void } & {
  authenticated: (head: Authenticated) => void;
  resumed: (result: ResumeResult) => void;
  error: (error: SocketError) => void;
  typing_start: (typing: Typing) => void;
  typing_stop: (typing: Typing) => void;
  ticket_viewers: (viewers: TicketViewers) => void;
  /** To the sender of `send_message` alone (reference/004). */
  message_sent: (sent: MessageSent) => void;
};

export type ServerEventName = keyof ServerToClientEvents;

/** The events sent straight to a socket or a room, outside the stream: listed once, each once. */
const directEvents: { [N in Exclude<ServerEventName, StreamEventName>]: true } = {
  authenticated: true,
  resumed: true,
  error: true,
  typing_start: true,
  typing_stop: true,
  ticket_viewers: true,
  message_sent: true,
};

/** Every event name the gateway may send: the list the web app's handlers are checked against. */
export const serverEventNames = [
  ...Object.keys(streamEventSources),
  ...Object.keys(directEvents),
] as ServerEventName[];
