import { type Ack as Answer, ticketIdSchema } from '@switchboard/contracts';
import type { RemoteSocket } from 'socket.io';
import type { Admission } from './authenticate.js';
import { ticketRoom } from './rooms.js';
import type { GatewayServer, GatewaySocket } from './socket-types.js';

type Ack = ((answer: Answer) => void) | undefined;
type TicketSocket = GatewaySocket & { data: { admission?: Admission } };
type AnySocket = Pick<RemoteSocket<never, { admission?: Admission }>, 'data' | 'rooms' | 'leave'>;

const ROOM_PREFIX = ticketRoom('');
/** Each local socket's leave handler, called whenever it leaves a ticket room, whatever the cause. */
const roomLeaves = new Map<string, (ticketId: string) => void>();
const watchedAdapters = new WeakSet<object>();

/** One listener per adapter: leave_ticket, lost access (a remote leave) and disconnect alike. */
function watchLeaves(socket: GatewaySocket) {
  const adapter = socket.nsp.adapter;
  if (watchedAdapters.has(adapter)) return;
  watchedAdapters.add(adapter);
  adapter.on('leave-room', (room: string, id: string) => {
    if (room.startsWith(ROOM_PREFIX)) roomLeaves.get(id)?.(room.slice(ROOM_PREFIX.length));
  });
}

/** What else follows a socket's typing and room leaves (ticket-viewers.ts). */
export type RoomHooks = { typing(ticketId: string, composing: boolean): void; left(ticketId: string): void };

/** Asks the ticket service, with the user's own token, whether the user may read the ticket. */
export async function mayRead(ticketsUrl: string, token: string, ticketId: string): Promise<boolean> {
  const res = await fetch(`${ticketsUrl}/api/tickets/${ticketId}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5_000),
  });
  return res.ok;
}

/**
 * docs/api.md §6 ticket rooms: `join_ticket` (or `join_conversation`) / `leave_ticket`, and typing indicators relayed to the
 * others in the room (never back to the sender) that stop by themselves after a quiet while.
 */
export function handleTicketRooms(
  socket: TicketSocket,
  ticketsUrl: string,
  typingTimeoutMs: number,
  hooks: RoomHooks,
) {
  const typing = new Map<string, NodeJS.Timeout>();
  const who = () => ({ userId: socket.data.admission?.member.userId });
  const notFound = (ack: Ack) => refuseTicket(socket, ack);

  const join = async (ticketId: unknown, ack: Ack) => {
    const admission = socket.data.admission;
    const id = ticketIdSchema.safeParse(ticketId);
    if (!admission || !id.success) return notFound(ack);
    if (!(await mayRead(ticketsUrl, admission.token, id.data).catch(() => false))) return notFound(ack);
    socket.join(ticketRoom(id.data));
    ack?.({ ok: true });
  };
  socket.on('join_ticket', join);
  // reference/004's name for the same thing: a conversation is a ticket.
  socket.on('join_conversation', join);

  socket.on('leave_ticket', (ticketId: unknown, ack: Ack) => {
    if (typeof ticketId === 'string') socket.leave(ticketRoom(ticketId));
    ack?.({ ok: true });
  });

  const stopTyping = (ticketId: string) => {
    const timer = typing.get(ticketId);
    if (!timer) return;
    clearTimeout(timer);
    typing.delete(ticketId);
    hooks.typing(ticketId, false);
    socket.to(ticketRoom(ticketId)).emit('typing_stop', { ticketId, ...who() });
  };

  socket.on('typing_start', (payload: unknown) => {
    const ticketId = (payload as { ticketId?: unknown } | null)?.ticketId;
    if (typeof ticketId !== 'string' || !socket.rooms.has(ticketRoom(ticketId))) return;
    const running = typing.get(ticketId);
    if (running) clearTimeout(running);
    else {
      socket.to(ticketRoom(ticketId)).emit('typing_start', { ticketId, ...who() });
      hooks.typing(ticketId, true);
    }
    typing.set(
      ticketId,
      setTimeout(() => stopTyping(ticketId), typingTimeoutMs),
    );
  });

  socket.on('typing_stop', (payload: unknown) => {
    const ticketId = (payload as { ticketId?: unknown } | null)?.ticketId;
    if (typeof ticketId === 'string') stopTyping(ticketId);
  });

  watchLeaves(socket);
  // The viewer goes first, so its typing stop changes no viewer list it is no longer on.
  roomLeaves.set(socket.id, (ticketId) => {
    hooks.left(ticketId);
    stopTyping(ticketId);
  });
  // Leaving every room on disconnect has already stopped its typing (see watchLeaves).
  socket.on('disconnect', () => roomLeaves.delete(socket.id));
}

/** join_ticket's refusal: the same for a ticket that does not exist and one the user may not read. */
export function refuseTicket(socket: GatewaySocket, ack: Ack) {
  const error = { code: 'NOT_FOUND', message: 'No such ticket, or not yours to read' } as const;
  if (ack) ack({ ok: false, error });
  else socket.emit('error', error);
}

/**
 * Ticket rooms follow access (docs/security.md): each socket in the ticket's room is asked
 * join_ticket's question again and leaves if it may no longer read the ticket. Works on every
 * gateway process's sockets; the leave stops its typing where it runs.
 */
export async function recheckTicketRoom(sockets: AnySocket[], ticketsUrl: string, ticketId: string) {
  const checks = sockets.map(async (socket) => {
    const token = socket.data.admission?.token;
    if (!token || !(await mayRead(ticketsUrl, token, ticketId).catch(() => false)))
      socket.leave(ticketRoom(ticketId));
  });
  await Promise.all(checks);
}

export const socketsInTicket = (io: GatewayServer, ticketId: string) =>
  io.in(ticketRoom(ticketId)).fetchSockets();
