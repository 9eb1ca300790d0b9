import { connectBus } from '@switchboard/event-bus';
import { createLogger } from '@switchboard/http-kit';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import { readConfig } from './config.js';

const config = readConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
const bus = connectBus({ url: config.AMQP_URL, logger, name: 'gateway' });
const app = await buildApp({ config, logger, redis, busConnected: () => bus.isConnected() });
await app.listen({ host: config.HOST, port: config.PORT });

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  await app.close();
  await bus.close();
  redis.disconnect();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
