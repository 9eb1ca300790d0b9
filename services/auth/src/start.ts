import { connectBus, registerBusMetrics, startOutboxRelay } from '@switchboard/event-bus';
import { runClosers } from '@switchboard/http-kit';
import { buildApp } from './app.js';
import type { AuthConfig } from './config.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

/**
 * Runs the auth service: its bus consumer, outbox relay and HTTP port. Resolves once it listens,
 * with its address and how to stop it (main.ts, or the embedded process).
 */
export async function start(config: AuthConfig) {
  let bus: ReturnType<typeof connectBus> | undefined;
  const { deps, close } = await openDeps(config, () => bus?.isConnected() ?? false);
  bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'auth' });
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  registerBusMetrics(deps.metrics, { service: 'auth', bus, db: deps.db });
  const consumer = await subscribe(bus, deps.db);
  const app = await buildApp(deps);
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  // Stop taking requests, publish nothing half-way, then let go of connections.
  const stop = () =>
    runClosers(deps.logger, [
      () => app.close(),
      () => consumer.stop(),
      () => relay.stop(),
      () => bus?.close(),
      close,
    ]);
  return { url, logger: deps.logger, stop };
}
