import { gatewayHeartbeatKey } from '@switchboard/contracts';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Keeps this gateway's heartbeat key alive (refreshed at a third of its TTL). Stopping deletes
 * it: its sockets then close by their own disconnects, not by expiry.
 */
export function startHeartbeat(
  redis: Redis,
  options: { prefix: string; gatewayId: string; ttlMs: number },
  logger: Logger,
) {
  const key = gatewayHeartbeatKey(options.prefix, options.gatewayId);
  const beat = () =>
    redis
      .set(key, String(Date.now()), 'PX', options.ttlMs)
      .catch((err) => logger.warn({ err }, 'heartbeat failed'));
  const timer = setInterval(beat, Math.max(100, Math.floor(options.ttlMs / 3)));
  timer.unref();
  return {
    started: beat(),
    stop: async () => {
      clearInterval(timer);
      await redis.del(key).catch(() => undefined);
    },
  };
}
