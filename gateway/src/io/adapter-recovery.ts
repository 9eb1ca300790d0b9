import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { Metrics } from '../metrics.js';
import type { TenantStreams } from '../relays/tenant-stream.js';
import { catchUp, type DeliverySocket, holdBack } from './delivery.js';

type Admitted = DeliverySocket & { data: { admission?: { member: { tenantId: string } } } };

/**
 * Redis pub/sub is at-most-once: a record another gateway publishes while this process's adapter
 * subscriber reconnects (a Redis restart) never arrives, and its sockets would carry a hole they
 * cannot see (holes in seq are normal). So from the moment the subscriber drops, every local socket
 * is held back; once the subscription is back (a PING on the subscriber answers after the
 * re-SUBSCRIBE), each catches up from its tenant stream, where every record is appended before it
 * is published. Found by the fault matrix (docs/reliability.md, the Redis row).
 */
export function recoverLostSubscriptions(
  io: Server,
  subscriber: Redis,
  streams: TenantStreams,
  metrics: Metrics,
  logger: Logger,
): void {
  let away = false;
  const local = () => [...io.of('/').sockets.values()] as Admitted[];
  subscriber.on('close', () => {
    if (away) return;
    away = true;
    for (const socket of local()) holdBack(socket);
  });
  subscriber.on('ready', async () => {
    if (!away) return;
    away = false;
    try {
      await subscriber.ping();
    } catch (err) {
      logger.warn({ err }, 'adapter subscriber not answering after reconnect; catching up anyway');
    }
    const sockets = local();
    await Promise.all(
      sockets.map(async (socket) => {
        const tenantId = socket.data.admission?.member.tenantId;
        if (!tenantId) return;
        await catchUp(socket, streams, tenantId, metrics).catch((err) =>
          logger.warn({ err, socketId: socket.id }, 'socket catch-up after the adapter reconnected failed'),
        );
      }),
    );
    logger.info({ sockets: sockets.length }, 'adapter subscription back; sockets caught up from the streams');
  });
}
