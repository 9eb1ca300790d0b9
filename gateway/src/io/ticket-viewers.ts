import { type Ack as Answer, type TicketViewer, viewingRequestSchema } from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { Admission } from './authenticate.js';
import { ticketRoom } from './rooms.js';
import type { GatewayServer, GatewaySocket } from './socket-types.js';
import { mayRead, type RoomHooks, refuseTicket } from './ticket-rooms.js';
import type { ViewerKey, ViewerStore } from './viewer-store.js';

type Ack = ((answer: Answer) => void) | undefined;
type ViewerSocket = GatewaySocket & { data: { admission?: Admission } };
type Options = { ticketsUrl: string; refreshMs: number; logger: Logger };

const ROOM_PREFIX = ticketRoom('');

/**
 * docs/api.md §6 "Who is viewing": `viewing_start` / `viewing_stop`, and `ticket_viewers` to the
 * ticket's room whenever its viewers change. A viewer is in the ticket's room, so everything that
 * takes a socket out of the room (leave_ticket, lost access, disconnect) takes it off the list.
 */
export function createTicketViewers(io: GatewayServer, store: ViewerStore, options: Options) {
  const { logger } = options;
  /** This gateway's viewing sockets: ticket id → composing, and the tickets asked about right now. */
  const local = new Map<
    string,
    { socket: ViewerSocket; tickets: Map<string, boolean>; asking: Set<string> }
  >();
  const entryOf = (socket: ViewerSocket) => {
    const entry = local.get(socket.id) ?? {
      socket,
      tickets: new Map<string, boolean>(),
      asking: new Set<string>(),
    };
    local.set(socket.id, entry);
    return entry;
  };
  const warn = (err: unknown) => logger.warn({ err }, 'ticket viewers not updated');

  const keyOf = (socket: ViewerSocket, ticketId: string): ViewerKey => ({
    tenantId: socket.data.admission?.member.tenantId ?? '',
    ticketId,
  });
  const viewerOf = (socket: ViewerSocket, composing: boolean): TicketViewer => ({
    userId: socket.data.admission?.member.userId ?? '',
    fullName: socket.data.admission?.fullName ?? '',
    composing,
  });
  const tell = (key: ViewerKey, viewers: TicketViewer[]) =>
    io.to(ticketRoom(key.ticketId)).emit('ticket_viewers', { ticketId: key.ticketId, viewers });
  /** After a change is written, the room hears the whole list as Redis has it then. */
  const changed = (key: ViewerKey, write: Promise<void>) =>
    void write
      .then(() => store.list(key))
      .then(({ viewers }) => tell(key, viewers))
      .catch(warn);

  const put = (socket: ViewerSocket, ticketId: string, composing: boolean) =>
    store.put(keyOf(socket, ticketId), socket.id, viewerOf(socket, composing));

  const stopViewing = (socket: ViewerSocket, ticketId: string) => {
    const entry = local.get(socket.id);
    entry?.asking.delete(ticketId);
    if (!entry?.tickets.delete(ticketId)) return;
    changed(keyOf(socket, ticketId), store.remove(keyOf(socket, ticketId), socket.id));
  };

  /** A viewer is in the ticket's room, so join_ticket's question has been answered yes. */
  const startViewing = async (socket: ViewerSocket, ticketId: string): Promise<boolean> => {
    const room = ticketRoom(ticketId);
    const entry = entryOf(socket);
    if (!socket.rooms.has(room)) {
      entry.asking.add(ticketId);
      const token = socket.data.admission?.token ?? '';
      const may = await mayRead(options.ticketsUrl, token, ticketId).catch(() => false);
      // A viewing_stop sent meanwhile wins: the ticket was closed before the answer came.
      if (!entry.asking.delete(ticketId)) return may;
      if (!may) return false;
      socket.join(room);
    }
    if (!socket.connected) return false; // gone while the ticket service was asked
    if (entry.tickets.has(ticketId)) return true;
    entry.tickets.set(ticketId, false);
    changed(keyOf(socket, ticketId), put(socket, ticketId, false));
    return true;
  };

  /** Entries of live sockets are kept fresh; stale ones (a killed gateway's) are dropped and told. */
  const refresh = () => {
    for (const { socket, tickets } of local.values())
      for (const [ticketId, composing] of tickets) put(socket, ticketId, composing).catch(warn);
    for (const key of localTicketRooms(io))
      store
        .list(key)
        .then(({ viewers, dropped }) => dropped && tell(key, viewers))
        .catch(warn);
  };
  const timer = setInterval(refresh, options.refreshMs);
  timer.unref();

  return {
    /** Listens to the socket's viewing events; what ticket-rooms.ts reports back goes to the list. */
    attach(socket: ViewerSocket): RoomHooks {
      socket.on('viewing_start', async (request: unknown, ack: Ack) => {
        const parsed = viewingRequestSchema.safeParse(request);
        const ok =
          parsed.success && socket.data.admission && (await startViewing(socket, parsed.data.ticketId));
        if (ok) ack?.({ ok: true });
        else refuseTicket(socket, ack);
      });
      socket.on('viewing_stop', (request: unknown, ack: Ack) => {
        const ticketId = (request as { ticketId?: unknown } | null)?.ticketId;
        if (typeof ticketId === 'string') stopViewing(socket, ticketId);
        ack?.({ ok: true });
      });
      socket.on('disconnect', () => local.delete(socket.id));
      return {
        left: (ticketId) => stopViewing(socket, ticketId),
        typing: (ticketId, composing) => {
          const tickets = local.get(socket.id)?.tickets;
          if (!tickets?.has(ticketId) || tickets.get(ticketId) === composing) return;
          tickets.set(ticketId, composing);
          changed(keyOf(socket, ticketId), put(socket, ticketId, composing));
        },
      };
    },
    stop: () => clearInterval(timer),
  };
}

export type TicketViewers = ReturnType<typeof createTicketViewers>;

/** The ticket rooms this gateway has sockets in, each with its tenant (every member shares it). */
function localTicketRooms(io: GatewayServer): ViewerKey[] {
  const keys: ViewerKey[] = [];
  for (const [room, ids] of io.of('/').adapter.rooms) {
    if (!room.startsWith(ROOM_PREFIX)) continue;
    const [first] = ids;
    const tenantId = first ? io.of('/').sockets.get(first)?.data.admission?.member.tenantId : undefined;
    if (tenantId) keys.push({ tenantId, ticketId: room.slice(ROOM_PREFIX.length) });
  }
  return keys;
}
