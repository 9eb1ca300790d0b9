import { createAdapter } from '@socket.io/redis-adapter';
import { isInProcess } from '@switchboard/redis';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { GatewayConfig } from '../config.js';
import type { GatewayServer } from './socket-types.js';

/** Socket.IO on the gateway's HTTP server; the Redis adapter joins every gateway process's rooms. */
export function createSocketServer(app: FastifyInstance, config: GatewayConfig, redis: Redis) {
  const adapter = roomsAdapter(redis, `${config.STREAM_KEY_PREFIX}socket.io`);
  const io: GatewayServer = new Server(app.server, {
    path: '/socket.io',
    pingInterval: config.SOCKET_PING_INTERVAL_MS,
    pingTimeout: config.SOCKET_PING_TIMEOUT_MS,
    maxHttpBufferSize: config.SOCKET_MAX_PAYLOAD_BYTES,
    cors: { origin: config.CORS_ORIGINS, credentials: false },
    ...(adapter ? { adapter: adapter.adapter } : {}),
  });
  const close = async () => {
    await io.close();
    adapter?.disconnect();
  };
  // The adapter's subscriber: while it is away, records from other gateways are lost to this one.
  return { io, close, subscriber: adapter?.subscriber ?? null };
}

/**
 * Rooms shared by every gateway through Redis pub/sub; none (Socket.IO's own in-memory rooms) when
 * Redis is in process, where this is the only gateway (embedded mode).
 */
function roomsAdapter(redis: Redis, key: string) {
  if (isInProcess(redis)) return null;
  // The adapter publishes without awaiting: a publish refused while Redis is away (the default
  // gives up after 2 reconnect attempts) would be an unhandled rejection, which ends the process.
  // Queued instead, it goes out once Redis is back.
  const pub = redis.duplicate({ maxRetriesPerRequest: null });
  const sub = redis.duplicate();
  return {
    adapter: createAdapter(pub, sub, { key }),
    subscriber: sub,
    disconnect: () => {
      pub.disconnect();
      sub.disconnect();
    },
  };
}
