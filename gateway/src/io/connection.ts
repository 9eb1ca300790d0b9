import { resumeRequestSchema } from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config.js';
import type { Metrics } from '../metrics.js';
import type { SocketSessions } from '../relays/socket-sessions.js';
import type { Admission, Admitter } from './authenticate.js';
import { tokenOf } from './authenticate.js';
import type { ConnectionSlots } from './connection-slots.js';
import { handleConversationActions } from './conversation-actions.js';
import { type DeliveryContext, type DeliverySocket, resumeDelivery, startDelivery } from './delivery.js';
import { limitClientEvents } from './event-limits.js';
import { refuseBadText } from './payload-text.js';
import type { TenantBuckets } from './rate-limit.js';
import { refuse } from './refuse.js';
import { roomsOf } from './rooms.js';
import type { GatewayServer, GatewaySocket } from './socket-types.js';
import { handleTicketRooms } from './ticket-rooms.js';
import type { TicketViewers } from './ticket-viewers.js';

export type ConnectionDeps = {
  io: GatewayServer;
  config: GatewayConfig;
  admit: Admitter;
  delivery: DeliveryContext;
  sessions: SocketSessions;
  metrics: Metrics;
  logger: Logger;
  tenantEvents: TenantBuckets;
  slots: ConnectionSlots;
  viewers: TicketViewers;
};

/** One socket's life: authentication (at connect or late), rooms, resume, limits, goodbye. */
export function onConnection(
  deps: ConnectionDeps,
  socket: DeliverySocket & { data: { admission?: Admission } },
) {
  const { config, logger } = deps;
  const log = logger.child({ socketId: socket.id });
  const timers: NodeJS.Timeout[] = [];
  let admitting = false;

  timers.push(
    setTimeout(
      () => socket.data.admission || refuse(socket, 'UNAUTHENTICATED', 'No token within the time allowed'),
      config.SOCKET_AUTH_TIMEOUT_MS,
    ),
  );

  limitClientEvents(socket, {
    perSecond: config.SOCKET_EVENTS_PER_SECOND,
    tenants: deps.tenantEvents,
    metrics: deps.metrics,
    logger: log,
  });
  refuseBadText(socket);

  async function authenticate(token: unknown) {
    if (socket.data.admission || admitting) return;
    if (typeof token !== 'string' || !token) return refuse(socket, 'UNAUTHENTICATED', 'A token is required');
    admitting = true;
    try {
      const admission = await deps.admit(token);
      const { member } = admission;
      if (!(await deps.slots.claim(member.userId, socket.id, admission.expiresAt * 1000))) {
        return refuse(
          socket,
          'TOO_MANY_CONNECTIONS',
          `At most ${config.SOCKET_MAX_CONNECTIONS_PER_USER} connections per user`,
        );
      }
      if (!socket.connected) return void deps.slots.release(member.userId, socket.id);
      socket.data.admission = admission;
      deps.metrics.sockets.inc({ tenant: member.tenantId });
      socket.join(roomsOf(member));
      timers.push(
        setTimeout(
          () => refuse(socket, 'UNAUTHENTICATED', 'The access token expired'),
          admission.expiresAt * 1000 - Date.now(),
        ),
      );
      // A resume given at connect replays before any live event reaches the socket.
      const early = resumeRequestSchema.safeParse((socket.handshake.auth as { resume?: unknown })?.resume);
      const head = await startDelivery(socket, deps.delivery, member.tenantId, early.success);
      socket.emit('authenticated', {
        userId: member.userId,
        tenantId: member.tenantId,
        role: member.role,
        email: admission.email,
        ...head,
      });
      deps.sessions.connected(sessionOf(socket, admission));
      if (early.success) await resumeDelivery(socket, deps.delivery, early.data);
    } catch (err) {
      log.info({ err: String(err) }, 'socket refused');
      refuse(socket, 'UNAUTHENTICATED', 'The token is invalid, expired or revoked');
    } finally {
      admitting = false;
    }
  }

  async function resume(request: unknown) {
    const parsed = resumeRequestSchema.safeParse(request);
    const admission = socket.data.admission;
    if (!admission)
      return socket.emit('error', { code: 'UNAUTHENTICATED', message: 'Authenticate before resuming' });
    if (!parsed.success)
      return socket.emit('error', { code: 'VALIDATION_FAILED', message: 'resume needs {epoch, lastSeq}' });
    if (socket.data.delivery?.phase === 'syncing')
      return socket.emit('error', { code: 'CONFLICT', message: 'A resume is already running' });
    const result = await resumeDelivery(socket, deps.delivery, parsed.data);
    log.debug({ result }, 'resumed');
  }

  handleTicketRooms(socket, config.TICKETS_URL, config.TYPING_TIMEOUT_MS, deps.viewers.attach(socket));
  handleConversationActions(socket, {
    ticketsUrl: config.TICKETS_URL,
    presenceUrl: config.PRESENCE_URL,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    log,
  });
  socket.on('authenticate', (token) => void authenticate(token));
  socket.on('resume', (request) => void resume(request).catch((err) => log.warn({ err }, 'resume failed')));
  socket.on('disconnect', (reason) => {
    for (const timer of timers) clearTimeout(timer);
    const admission = socket.data.admission;
    if (!admission) return;
    void deps.slots.release(admission.member.userId, socket.id);
    deps.metrics.sockets.dec({ tenant: admission.member.tenantId });
    deps.sessions.disconnected(sessionOf(socket, admission), reason);
  });

  const token = tokenOf(socket.handshake);
  if (token) void authenticate(token);
}

function sessionOf(socket: GatewaySocket, { member }: Admission) {
  return {
    userId: member.userId,
    tenantId: member.tenantId,
    socketId: socket.id,
    ip: socket.handshake.address || null,
    userAgent: socket.handshake.headers['user-agent'] ?? null,
  };
}
