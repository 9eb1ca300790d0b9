import { z } from 'zod';
import { type Ticket, ticketStatusSchema } from '../events/tickets.events.js';
import type { MessageSent, SocketError } from './server-to-client.js';

/*
 * What browsers send to the gateway (docs/api.md §6). The gateway validates with these schemas; the
 * web app uses only the types.
 */

export const resumeRequestSchema = z.object({
  epoch: z.string().min(1).max(64).describe('The epoch of the last event seen'),
  lastSeq: z.number().int().min(0).describe('The seq of the last event seen'),
});
export type ResumeRequest = z.infer<typeof resumeRequestSchema>;

/** `join_ticket`'s argument: a ticket the user may read. */
export const ticketIdSchema = z.uuid().describe('The ticket whose room to join');

export type TypingRequest = { ticketId: string };

/** `viewing_start` / `viewing_stop`'s argument: the ticket open on screen (docs/api.md §6). */
export const viewingRequestSchema = z.object({ ticketId: ticketIdSchema }).strict();
export type ViewingRequest = z.infer<typeof viewingRequestSchema>;

/** The answer to an event sent with an acknowledgement (a refused one says why). */
export type Ack = { ok: true } | { ok: false; error: SocketError };

/*
 * The reference/004 actions (docs/realtime.md "Actions"): each is the HTTP route it names, asked
 * on the user's behalf, so it obeys the same rules. A conversation is a ticket.
 */
const conversationId = z.uuid('must be a conversation (ticket) id').describe('The ticket');

/** `send_message` = POST /api/tickets/:id/messages; only text messages exist. */
export const sendMessageRequestSchema = z
  .object({
    conversationId,
    content: z.string().describe('The message body'),
    contentType: z.literal('text').optional(),
    internal: z.boolean().optional().describe('An internal note, never shown to the customer'),
  })
  .strict();
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

/** `update_conversation_status` = PATCH /api/tickets/:id `{status, reason}`; `resolved` reads as `RESOLVED`. */
export const conversationStatusRequestSchema = z
  .object({
    conversationId,
    status: z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(ticketStatusSchema),
    reason: z.string().optional(),
  })
  .strict();
export type ConversationStatusRequest = z.input<typeof conversationStatusRequestSchema>;

/** `assign_conversation` = POST /api/tickets/:id/assign `{agentId}`. */
export const assignConversationRequestSchema = z
  .object({ conversationId, agentId: z.uuid('must be an agent id') })
  .strict();
export type AssignConversationRequest = z.infer<typeof assignConversationRequestSchema>;

/** `unassign_conversation` = POST /api/tickets/:id/assign `{agentId: null}`. */
export const unassignConversationRequestSchema = z.object({ conversationId }).strict();
export type UnassignConversationRequest = z.infer<typeof unassignConversationRequestSchema>;

/** `agent_online()` / `agent_offline()` = PUT /api/agents/:own-id/status: nothing, or `{}`. */
export const shownStatusRequestSchema = z.object({}).strict().optional();

/** A refused action: the §2 error of the route it called, or VALIDATION_FAILED for its payload. */
export type ActionError = { code: string; message: string; details?: unknown[] };
/** The answer to a reference/004 action: `{ok: true, ...}` with what the route answered, or why not. */
export type ActionAck<T extends object> = ({ ok: true } & T) | { ok: false; error: ActionError };

/** What the client may put in the handshake's `auth` (the token may also come as a header or query). */
export type HandshakeAuth = { token?: string; resume?: ResumeRequest };

/** Socket.IO's `Server<ClientToServerEvents, …>` / the client's `Socket<…, ClientToServerEvents>`. */
export type ClientToServerEvents = {
  authenticate: (token: string) => void;
  resume: (request: ResumeRequest) => void;
  join_ticket: (ticketId: string, ack?: (answer: Ack) => void) => void;
  leave_ticket: (ticketId: string, ack?: (answer: Ack) => void) => void;
  typing_start: (request: TypingRequest) => void;
  typing_stop: (request: TypingRequest) => void;
  viewing_start: (request: ViewingRequest, ack?: (answer: Ack) => void) => void;
  viewing_stop: (request: ViewingRequest, ack?: (answer: Ack) => void) => void;
  join_conversation: (conversationId: string, ack?: (answer: Ack) => void) => void;
  send_message: (request: SendMessageRequest, ack?: (answer: ActionAck<MessageSent>) => void) => void;
  update_conversation_status: (
    request: ConversationStatusRequest,
    ack?: (answer: ActionAck<{ ticket: Ticket }>) => void,
  ) => void;
  assign_conversation: (
    request: AssignConversationRequest,
    ack?: (answer: ActionAck<{ ticket: Ticket }>) => void,
  ) => void;
  unassign_conversation: (
    request: UnassignConversationRequest,
    ack?: (answer: ActionAck<{ ticket: Ticket }>) => void,
  ) => void;
  agent_online: (ack?: (answer: ActionAck<{ presence: object }>) => void) => void;
  agent_offline: (ack?: (answer: ActionAck<{ presence: object }>) => void) => void;
};
