import { createAdapter } from '@socket.io/redis-adapter';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { GatewayConfig } from '../config.js';

/** Socket.IO on the gateway's HTTP server; the Redis adapter joins every gateway process's rooms. */
export function createSocketServer(app: FastifyInstance, config: GatewayConfig, redis: Redis) {
  const pub = redis.duplicate();
  const sub = redis.duplicate();
  const io = new Server(app.server, {
    path: '/socket.io',
    pingInterval: config.SOCKET_PING_INTERVAL_MS,
    pingTimeout: config.SOCKET_PING_TIMEOUT_MS,
    maxHttpBufferSize: config.SOCKET_MAX_PAYLOAD_BYTES,
    cors: { origin: config.CORS_ORIGIN === '*' ? true : config.CORS_ORIGIN.split(',').map((o) => o.trim()) },
    adapter: createAdapter(pub, sub, { key: `${config.STREAM_KEY_PREFIX}socket.io` }),
  });
  const close = async () => {
    await io.close();
    pub.disconnect();
    sub.disconnect();
  };
  return { io, close };
}
