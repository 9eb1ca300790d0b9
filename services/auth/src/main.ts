import { connectBus, startOutboxRelay } from '@switchboard/event-bus';
import { closeOnSignal } from '@switchboard/http-kit';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

const config = readConfig();
let bus: ReturnType<typeof connectBus> | undefined;
const { deps, close } = await openDeps(config, () => bus?.isConnected() ?? false);
bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'auth' });
const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
const consumer = await subscribe(bus, deps.db);
const app = await buildApp(deps);
await app.listen({ host: config.HOST, port: config.PORT });

// Stop taking requests, publish nothing half-way, then let go of connections.
closeOnSignal(deps.logger, [
  () => app.close(),
  () => consumer.stop(),
  () => relay.stop(),
  () => bus?.close(),
  close,
]);
