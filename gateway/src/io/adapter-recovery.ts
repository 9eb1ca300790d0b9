import type { Redis } from 'ioredis';
import { type DeliveryContext, type DeliverySocket, holdBack, releaseHeld } from './delivery.js';
import type { GatewayServer } from './socket-types.js';

/**
 * Redis pub/sub is at-most-once: a record another gateway publishes while this process's adapter
 * subscriber reconnects (a Redis restart) never arrives, and its sockets would carry a hole they
 * cannot see (holes in seq are normal). So from the moment the subscriber drops, every local socket
 * is held back, including those that connect or resume meanwhile; once the subscription is back (a
 * PING on the subscriber answers after the re-SUBSCRIBE), each reads its gap from its tenant
 * stream, where every record is appended before it is published. Found by the fault matrix
 * (docs/reliability.md, the Redis row).
 */
export function recoverLostSubscriptions(io: GatewayServer, subscriber: Redis, ctx: DeliveryContext): void {
  const local = () => [...io.of('/').sockets.values()] as DeliverySocket[];
  subscriber.on('close', () => {
    if (!ctx.subscription.up) return;
    ctx.subscription.up = false;
    for (const socket of local()) holdBack(socket);
  });
  subscriber.on('ready', async () => {
    if (ctx.subscription.up) return;
    try {
      await subscriber.ping();
    } catch (err) {
      ctx.logger.warn({ err }, 'adapter subscriber not answering after reconnect; catching up anyway');
    }
    ctx.subscription.up = true;
    const sockets = local();
    await Promise.all(sockets.map((socket) => releaseHeld(socket, ctx)));
    ctx.logger.info(
      { sockets: sockets.length },
      'adapter subscription back; sockets caught up from the streams',
    );
  });
}
