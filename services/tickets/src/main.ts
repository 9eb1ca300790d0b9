import { connectBus, startOutboxRelay } from '@switchboard/event-bus';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { startSlaScan } from './jobs/sla-scan.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

const config = readConfig();
let bus: ReturnType<typeof connectBus> | undefined;
const { deps, close } = openDeps(config, () => bus?.isConnected() ?? false);
bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'tickets' });
const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
const consumer = await subscribe(bus, deps.db);
const app = await buildApp(deps);
const slaScan = startSlaScan(deps.db, config.SLA_SCAN_INTERVAL_MS, deps.logger);
await app.listen({ host: config.HOST, port: config.PORT });

async function shutdown(signal: string) {
  deps.logger.info({ signal }, 'shutting down');
  await app.close();
  await slaScan.stop();
  await consumer.stop();
  await relay.stop();
  await bus?.close();
  await close();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
