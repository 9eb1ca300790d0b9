import type { Ack, SocketError } from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import type { Admission } from './authenticate.js';
import { type TakeResult, type TenantBuckets, tokenBucket } from './rate-limit.js';
import { refuse } from './refuse.js';
import type { GatewaySocket } from './socket-types.js';

type LimitedSocket = GatewaySocket & { data: { admission?: Admission } };

export type EventLimitsDeps = {
  perSecond: number;
  tenants: TenantBuckets;
  metrics: Metrics;
  logger: Logger;
};

/** Dropped events a socket may run up, in seconds of its own limit, before it is disconnected. */
const PATIENCE_SECONDS = 10;

/**
 * Client events are limited per socket (in memory) and per tenant (in Redis, shared by every
 * gateway process). The socket's bucket comes first, so one flooding tab costs its tenant no
 * more than its own limit; the tenant's bucket caps a tenant's many tabs together, so no tenant
 * can crowd the gateway, Redis or the upstream services out for the others.
 */
export function limitClientEvents(socket: LimitedSocket, deps: EventLimitsDeps) {
  const { perSecond, metrics } = deps;
  const bucket = tokenBucket(perSecond);
  // Refills at the allowed rate: a client a little over its limit is only ever dropped, one that
  // keeps flooding runs out of patience.
  const patience = tokenBucket(perSecond, perSecond * PATIENCE_SECONDS);
  const errorEvents = tokenBucket(1, 1); // at most one `error` event a second: no echo of a flood

  const drop = (packet: unknown[], scope: 'socket' | 'tenant', retryAfterMs: number) => {
    metrics.droppedClientEvents.inc({ scope });
    const answer: SocketError = {
      code: 'RATE_LIMITED',
      message: `Event "${String(packet[0])}" dropped: too many events from this ${scope === 'socket' ? 'connection' : 'tenant'}`,
      retryAfterMs,
    };
    const ack = packet.at(-1);
    if (typeof ack === 'function') ack({ ok: false, error: answer } satisfies Ack);
    else if (errorEvents.take()) socket.emit('error', answer);
  };

  socket.use((packet, next) => {
    if (!socket.connected) return; // cut off: what it had already sent is not answered
    if (!bucket.take()) {
      drop(packet, 'socket', Math.ceil(1000 / perSecond));
      if (!patience.take()) {
        deps.logger.warn(
          { socketId: socket.id, tenantId: tenantOf(socket) },
          'socket flooding; disconnected',
        );
        refuse(socket, 'RATE_LIMITED', 'Too many events: disconnected');
      }
      return;
    }
    const tenantId = tenantOf(socket);
    if (!tenantId) return next(); // before authentication only the socket's own bucket applies
    void takeForTenant(deps, tenantId).then((result) => {
      if (result.taken) next();
      else drop(packet, 'tenant', result.retryAfterMs);
    });
  });
}

const tenantOf = (socket: LimitedSocket) => socket.data.admission?.member.tenantId;

/** Without Redis the tenant's limit cannot be kept: the socket's own limit still holds. */
async function takeForTenant(deps: EventLimitsDeps, tenantId: string): Promise<TakeResult> {
  try {
    return await deps.tenants.take(tenantId);
  } catch (err) {
    deps.logger.warn({ err, tenantId }, 'tenant event limit unavailable; letting the event through');
    return { taken: true };
  }
}
