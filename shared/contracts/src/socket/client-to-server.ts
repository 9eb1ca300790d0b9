import { z } from 'zod';
import type { SocketError } from './server-to-client.js';

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

/** The answer to an event sent with an acknowledgement (a refused one says why). */
export type Ack = { ok: true } | { ok: false; error: SocketError };

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
};
