import type { Envelope, EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import { tracer } from '@switchboard/tracing';
import type { Server } from 'socket.io';
import { departmentRoom, roleRoom, userRoom } from '../io/rooms.js';
import { recheckTicketRooms, socketsInTicket } from '../io/ticket-rooms.js';
import type { Metrics } from '../metrics.js';
import { clientEvents, toClientEvent } from './client-events.js';
import type { Fanout } from './fanout.js';
import type { TenantStreams } from './tenant-stream.js';

type Deps = {
  bus: Bus;
  io: Server;
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
    const client = toClientEvent(event);
    if (!client) return;
    const { record, fresh } = await deps.streams.append(event, client);
    if (fresh) deps.metrics.streamed.inc();
    const span = tracer().startSpan(`socket.emit ${client.name}`, {
      attributes: { 'switchboard.socket_event': client.name, 'switchboard.rooms': client.rooms.length },
    });
    deps.fanout.publish(record);
    span.end();
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

/** Sockets follow their user: out when deactivated, into the new role and department rooms when moved. */
async function followMembership(io: Server, event: Envelope) {
  if (event.type === ('user.deactivated' satisfies EventType)) {
    const { userId } = event.data as { userId: string };
    io.to(userRoom(userId)).emit('error', {
      code: 'UNAUTHENTICATED',
      message: 'This account was deactivated',
    });
    io.in(userRoom(userId)).disconnectSockets(true);
    return;
  }
  if (event.type !== ('user.updated' satisfies EventType)) return;
  const user = event.data as {
    id: string;
    role: Parameters<typeof roleRoom>[1];
    department: string;
    changed: string[];
  };
  if (!user.changed.includes('role') && !user.changed.includes('department')) return;
  for (const socket of await io.in(userRoom(user.id)).fetchSockets()) {
    const stale = [...socket.rooms].filter(
      (r) => r.startsWith(`role:${event.tenantId}:`) || r.startsWith(`department:${event.tenantId}:`),
    );
    for (const room of stale) socket.leave(room);
    socket.join([roleRoom(event.tenantId, user.role), departmentRoom(event.tenantId, user.department)]);
  }
}

/**
 * Ticket rooms follow access: after a reassignment, an unassignment or a role change, sockets
 * that may no longer read a ticket leave its room (and their typing there stops) before the next
 * event, so its messages and notes stop reaching them.
 */
async function followTicketAccess({ io, ticketsUrl }: Deps, event: Envelope) {
  const reassigned = ['ticket.assigned', 'ticket.unassigned'] satisfies EventType[] as string[];
  if (reassigned.includes(event.type)) {
    const { ticketId } = event.data as { ticketId: string };
    return recheckTicketRooms(await socketsInTicket(io, ticketId), ticketsUrl, [ticketId]);
  }
  const user = event.data as { id?: string; changed?: string[] };
  if (event.type === ('user.updated' satisfies EventType) && user.id && user.changed?.includes('role'))
    await recheckTicketRooms(await io.in(userRoom(user.id)).fetchSockets(), ticketsUrl);
}
