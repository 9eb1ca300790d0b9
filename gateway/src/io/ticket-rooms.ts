import { type Ack as Answer, ticketIdSchema } from '@switchboard/contracts';
import type { Admission } from './authenticate.js';
import { ticketRoom } from './rooms.js';
import type { GatewaySocket } from './socket-types.js';

type Ack = ((answer: Answer) => void) | undefined;
type TicketSocket = GatewaySocket & { data: { admission?: Admission } };

/** Asks the ticket service, with the user's own token, whether the user may read the ticket. */
async function mayRead(ticketsUrl: string, token: string, ticketId: string): Promise<boolean> {
  const res = await fetch(`${ticketsUrl}/api/tickets/${ticketId}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5_000),
  });
  return res.ok;
}

/**
 * docs/api.md §6 ticket rooms: `join_ticket` / `leave_ticket`, and typing indicators relayed to the
 * others in the room (never back to the sender) that stop by themselves after a quiet while.
 */
export function handleTicketRooms(socket: TicketSocket, ticketsUrl: string, typingTimeoutMs: number) {
  const typing = new Map<string, NodeJS.Timeout>();
  const who = () => ({ userId: socket.data.admission?.member.userId });
  const notFound = (ack: Ack) => {
    const error = { code: 'NOT_FOUND', message: 'No such ticket, or not yours to read' } as const;
    if (ack) ack({ ok: false, error });
    else socket.emit('error', error);
  };

  socket.on('join_ticket', async (ticketId: unknown, ack: Ack) => {
    const admission = socket.data.admission;
    const id = ticketIdSchema.safeParse(ticketId);
    if (!admission || !id.success) return notFound(ack);
    if (!(await mayRead(ticketsUrl, admission.token, id.data).catch(() => false))) return notFound(ack);
    socket.join(ticketRoom(id.data));
    ack?.({ ok: true });
  });

  socket.on('leave_ticket', (ticketId: unknown, ack: Ack) => {
    if (typeof ticketId === 'string') stopTyping(ticketId).then(() => socket.leave(ticketRoom(ticketId)));
    ack?.({ ok: true });
  });

  const stopTyping = async (ticketId: string) => {
    const timer = typing.get(ticketId);
    if (!timer) return;
    clearTimeout(timer);
    typing.delete(ticketId);
    socket.to(ticketRoom(ticketId)).emit('typing_stop', { ticketId, ...who() });
  };

  socket.on('typing_start', (payload: unknown) => {
    const ticketId = (payload as { ticketId?: unknown } | null)?.ticketId;
    if (typeof ticketId !== 'string' || !socket.rooms.has(ticketRoom(ticketId))) return;
    const running = typing.get(ticketId);
    if (running) clearTimeout(running);
    else socket.to(ticketRoom(ticketId)).emit('typing_start', { ticketId, ...who() });
    typing.set(
      ticketId,
      setTimeout(() => void stopTyping(ticketId), typingTimeoutMs),
    );
  });

  socket.on('typing_stop', (payload: unknown) => {
    const ticketId = (payload as { ticketId?: unknown } | null)?.ticketId;
    if (typeof ticketId === 'string') void stopTyping(ticketId);
  });

  socket.on('disconnect', () => {
    for (const ticketId of typing.keys()) void stopTyping(ticketId);
  });
}
