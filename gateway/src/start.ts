import { revokedUsers } from '@switchboard/auth-verify';
import { connectBus, registerBusMetrics } from '@switchboard/event-bus';
import { createLogger, runClosers } from '@switchboard/http-kit';
import { connectRedis } from '@switchboard/redis';
import { buildApp } from './app.js';
import type { GatewayConfig } from './config.js';
import { recoverLostSubscriptions } from './io/adapter-recovery.js';
import { createAdmitter } from './io/authenticate.js';
import { onConnection } from './io/connection.js';
import { connectionSlots } from './io/connection-slots.js';
import { tenantBuckets } from './io/rate-limit.js';
import { createSocketServer } from './io/socket-server.js';
import { createTicketViewers } from './io/ticket-viewers.js';
import { viewerStore } from './io/viewer-store.js';
import { createMetrics } from './metrics.js';
import { createFanout } from './relays/fanout.js';
import { consumeGatewayEvents } from './relays/gateway-events.consumer.js';
import { startHeartbeat } from './relays/heartbeat.js';
import { createSocketSessions } from './relays/socket-sessions.js';
import { createTenantStreams } from './relays/tenant-stream.js';

/**
 * Runs a gateway: the public HTTP port with its proxy and Socket.IO, and the fan-out of
 * gateway.events. Resolves once it listens, with how to stop it (main.ts, or the embedded process).
 */
export async function start(config: GatewayConfig) {
  const logger = createLogger('gateway', config.LOG_LEVEL).child({ gatewayId: config.GATEWAY_ID });
  const redis = connectRedis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const metrics = createMetrics();
  const bus = connectBus({ url: config.AMQP_URL, logger, name: 'gateway' });
  registerBusMetrics(metrics.registry, { service: 'gateway', bus });
  const app = await buildApp({ config, logger, redis, metrics, busConnected: () => bus.isConnected() });

  const { io, close: closeSockets, subscriber } = createSocketServer(app, config, redis);
  const streams = createTenantStreams(redis, config.STREAM_KEY_PREFIX, config.STREAM_MAX_EVENTS);
  const delivery = { streams, metrics, logger, subscription: { up: true } };
  if (subscriber) recoverLostSubscriptions(io, subscriber, delivery);
  const sessions = createSocketSessions(bus, config.GATEWAY_ID, logger);
  const admit = createAdmitter(
    config.AUTH_URL,
    config.JWT_ISSUER,
    revokedUsers(redis, config.REVOKED_USERS_KEY_PREFIX),
    logger,
  );
  const tenantEvents = tenantBuckets(
    redis,
    config.RATE_LIMIT_KEY_PREFIX,
    config.SOCKET_TENANT_EVENTS_PER_SECOND,
  );
  const slots = connectionSlots(
    redis,
    {
      keyPrefix: config.STREAM_KEY_PREFIX,
      heartbeatPrefix: config.HEARTBEAT_KEY_PREFIX,
      gatewayId: config.GATEWAY_ID,
      max: config.SOCKET_MAX_CONNECTIONS_PER_USER,
    },
    logger,
  );
  // docs/api.md §6 "Who is viewing": an entry holds half the typing timeout, refreshed twice in that
  // time, so a killed gateway's viewers are gone within the typing timeout.
  const viewers = createTicketViewers(
    io,
    viewerStore(redis, config.STREAM_KEY_PREFIX, config.TYPING_TIMEOUT_MS / 2),
    { ticketsUrl: config.TICKETS_URL, refreshMs: config.TYPING_TIMEOUT_MS / 4, logger },
  );
  io.on('connection', (socket) =>
    onConnection(
      { io, config, admit, delivery, sessions, metrics, logger, tenantEvents, slots, viewers },
      socket,
    ),
  );
  const fanout = createFanout(io, metrics);

  const heartbeat = startHeartbeat(
    redis,
    {
      prefix: config.HEARTBEAT_KEY_PREFIX,
      gatewayId: config.GATEWAY_ID,
      ttlMs: config.GATEWAY_HEARTBEAT_TTL_MS,
    },
    logger,
  );
  await heartbeat.started;
  const url = await app.listen({ host: config.HOST, port: config.PORT });
  const consumer = await consumeGatewayEvents({
    bus,
    io,
    streams,
    fanout,
    metrics,
    ticketsUrl: config.TICKETS_URL,
  });

  const stop = () =>
    runClosers(logger, [
      () => consumer.stop(),
      () => viewers.stop(),
      closeSockets,
      () => heartbeat.stop(),
      () => app.close(),
      () => sessions.drain(),
      () => bus.close(),
      () => redis.disconnect(),
    ]);
  return { url, logger, stop };
}
