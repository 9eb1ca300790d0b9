import type { Envelope, EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import { tracer } from '@switchboard/tracing';
import { departmentRoom, roleRoom, userRoom } from '../io/rooms.js';
import type { GatewayServer } from '../io/socket-types.js';
import { recheckTicketRoom, socketsInTicket } from '../io/ticket-rooms.js';
import type { Metrics } from '../metrics.js';
import { type ClientEvent, clientEvents, toClientEvents } from './client-events.js';
import type { Fanout } from './fanout.js';
import type { TenantStreams } from './tenant-stream.js';

type Deps = {
  bus: Bus;
  io: GatewayServer;
  streams: TenantStreams;
  fanout: Fanout;
  metrics: Metrics;
  /** Asked whether a socket may still read a ticket once its access may have changed. */
  ticketsUrl: string;
};

/**
 * Consumes `gateway.events`. A single active consumer across gateway processes keeps each
 * tenant's events in order; appending to the tenant stream is idempotent by event id, so a
 * redelivery keeps its seq and sockets that already had it skip it.
 */
export function consumeGatewayEvents(deps: Deps) {
  const handle = async (event: Envelope) => {
    const clients = toClientEvents(event);
    if (!clients.length) return;
    for (const [part, client] of clients.entries()) await stream(deps, event, client, part);
    await followMembership(deps.io, event);
    await followTicketAccess(deps, event);
  };
  const handlers = Object.fromEntries(
    Object.keys(clientEvents).map((type) => [type, handle]),
  ) as EventHandlers<undefined>;
  return deps.bus.consumeIdempotent({
    service: 'gateway',
    handlers,
    singleActiveConsumer: true,
    prefetch: 100,
  });
}

/** Appends one client event to the tenant's stream (once, however often it is redelivered) and fans it out. */
async function stream(deps: Deps, event: Envelope, client: ClientEvent, part: number) {
  const { record, fresh } = await deps.streams.append(event, client, part);
  if (fresh) deps.metrics.streamed.inc();
  const span = tracer().startSpan(`socket.emit ${client.name}`, {
    attributes: { 'switchboard.socket_event': client.name, 'switchboard.rooms': client.rooms.length },
  });
  deps.fanout.publish(record);
  span.end();
}

/**
 * Sockets follow their user: out when deactivated; out when their role changed, since what a
 * socket may see and do follows from its role — the client reconnects (the web app refreshes its
 * token on UNAUTHENTICATED) and is admitted with the current role; into the new department room
 * when moved.
 */
async function followMembership(io: GatewayServer, event: Envelope) {
  if (event.type === ('user.deactivated' satisfies EventType)) {
    const { userId } = event.data as { userId: string };
    return dropSockets(io, userId, 'This account was deactivated');
  }
  if (event.type !== ('user.updated' satisfies EventType)) return;
  const user = event.data as {
    id: string;
    role: Parameters<typeof roleRoom>[1];
    department: string;
    changed: string[];
  };
  if (user.changed.includes('role')) return dropSockets(io, user.id, 'Your role changed: connect again');
  if (!user.changed.includes('department')) return;
  for (const socket of await io.in(userRoom(user.id)).fetchSockets()) {
    const stale = [...socket.rooms].filter(
      (r) => r.startsWith(`role:${event.tenantId}:`) || r.startsWith(`department:${event.tenantId}:`),
    );
    for (const room of stale) socket.leave(room);
    socket.join([roleRoom(event.tenantId, user.role), departmentRoom(event.tenantId, user.department)]);
  }
}

/** Across every gateway process (the Redis adapter relays both). */
function dropSockets(io: GatewayServer, userId: string, message: string) {
  io.to(userRoom(userId)).emit('error', { code: 'UNAUTHENTICATED', message });
  io.in(userRoom(userId)).disconnectSockets(true);
}

/**
 * Ticket rooms follow access: after a reassignment or an unassignment, sockets that may no longer
 * read the ticket leave its room (and their typing there stops) before the next event, so its
 * messages and notes stop reaching them. A role change needs no re-check: it drops the user's
 * sockets (followMembership), and they are admitted again with the current role.
 */
async function followTicketAccess({ io, ticketsUrl }: Deps, event: Envelope) {
  const reassigned = ['ticket.assigned', 'ticket.unassigned'] satisfies EventType[] as string[];
  if (!reassigned.includes(event.type)) return;
  const { ticketId } = event.data as { ticketId: string };
  await recheckTicketRoom(await socketsInTicket(io, ticketId), ticketsUrl, ticketId);
}
