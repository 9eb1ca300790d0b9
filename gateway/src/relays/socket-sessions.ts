import { type Envelope, newEvent } from '@switchboard/contracts';
import type { Bus } from '@switchboard/event-bus';
import type { Logger } from 'pino';

export type SocketSession = {
  userId: string;
  tenantId: string;
  socketId: string;
  ip: string | null;
  userAgent: string | null;
};

/**
 * Publishes socket.connected / socket.disconnected for the presence service. The gateway keeps
 * no database, so there is no outbox: a publish the broker refuses is retried with backoff for a
 * while, in order, and presence's periodic cleanup covers one that is finally lost.
 */
export function createSocketSessions(bus: Pick<Bus, 'publish'>, gatewayId: string, logger: Logger) {
  let queue: Promise<void> = Promise.resolve();
  const send = (event: Envelope) => {
    queue = queue.then(() => publishWithRetry(event));
  };
  async function publishWithRetry(event: Envelope) {
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        return await bus.publish([event]);
      } catch (err) {
        logger.warn({ err, eventId: event.id, attempt }, 'could not publish socket event; retrying');
        await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 10_000)));
      }
    }
    logger.error({ eventId: event.id, type: event.type }, 'gave up publishing socket event');
  }
  const ctx = (s: SocketSession) => ({ tenantId: s.tenantId, correlationId: s.socketId });
  const base = ({ userId, socketId, ip, userAgent }: SocketSession) => ({
    userId,
    socketId,
    ip,
    userAgent,
    gatewayId,
  });
  return {
    connected: (s: SocketSession) =>
      send(
        newEvent(
          'socket.connected',
          { ...base(s), connectedAt: new Date().toISOString() },
          ctx(s),
          'gateway',
        ),
      ),
    disconnected: (s: SocketSession, reason: string) =>
      send(
        newEvent(
          'socket.disconnected',
          { ...base(s), disconnectedAt: new Date().toISOString(), reason },
          ctx(s),
          'gateway',
        ),
      ),
    /** Waits for what is queued (graceful shutdown). */
    drain: () => queue,
  };
}

export type SocketSessions = ReturnType<typeof createSocketSessions>;
