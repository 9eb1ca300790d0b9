import { connectBus } from '@switchboard/event-bus';
import { closeOnSignal, createLogger } from '@switchboard/http-kit';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { createAdmitter } from './io/authenticate.js';
import { onConnection } from './io/connection.js';
import { createSocketServer } from './io/socket-server.js';
import { createMetrics } from './metrics.js';
import { createFanout } from './relays/fanout.js';
import { consumeGatewayEvents } from './relays/gateway-events.consumer.js';
import { startHeartbeat } from './relays/heartbeat.js';
import { createSocketSessions } from './relays/socket-sessions.js';
import { createTenantStreams } from './relays/tenant-stream.js';

const config = readConfig();
const logger = createLogger('gateway', config.LOG_LEVEL).child({ gatewayId: config.GATEWAY_ID });
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
const metrics = createMetrics();
const bus = connectBus({ url: config.AMQP_URL, logger, name: 'gateway' });
const app = await buildApp({ config, logger, redis, metrics, busConnected: () => bus.isConnected() });

const { io, close: closeSockets } = createSocketServer(app, config, redis);
const streams = createTenantStreams(redis, config.STREAM_KEY_PREFIX, config.STREAM_MAX_EVENTS);
const sessions = createSocketSessions(bus, config.GATEWAY_ID, logger);
const admit = createAdmitter(config.AUTH_URL, config.JWT_ISSUER);
io.on('connection', (socket) =>
  onConnection({ io, config, admit, streams, sessions, metrics, logger }, socket),
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
await app.listen({ host: config.HOST, port: config.PORT });
const consumer = await consumeGatewayEvents({ bus, io, streams, fanout, metrics });

closeOnSignal(logger, [
  () => consumer.stop(),
  closeSockets,
  () => heartbeat.stop(),
  () => app.close(),
  () => sessions.drain(),
  () => bus.close(),
  () => redis.disconnect(),
]);
