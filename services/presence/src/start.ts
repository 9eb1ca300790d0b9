import { connectBus, registerBusMetrics, startOutboxRelay } from '@switchboard/event-bus';
import { runClosers } from '@switchboard/http-kit';
import { buildApp } from './app.js';
import type { PresenceConfig } from './config.js';
import { startIdleSessionCleanup } from './jobs/idle-sessions.js';
import { startPresenceSweep } from './jobs/presence-sweep.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

/**
 * Runs the presence service: its bus consumer, outbox relay, jobs and HTTP port. Resolves once it
 * listens, with its address and how to stop it (main.ts, or the embedded process).
 */
export async function start(config: PresenceConfig) {
  let bus: ReturnType<typeof connectBus> | undefined;
  const { deps, close } = openDeps(config, () => bus?.isConnected() ?? false);
  bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'presence' });
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  registerBusMetrics(deps.metrics, { service: 'presence', bus, db: deps.db });
  const consumer = await subscribe(bus, deps.db);
  const app = await buildApp(deps);
  const sweep = startPresenceSweep(deps.db, deps.redis, config, deps.logger);
  const idleCleanup = startIdleSessionCleanup(deps.db, config.IDLE_SESSION_SWEEP_MS, deps.logger);
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  // Stop taking requests and background work, finish what the bus holds, then let go of connections.
  const stop = () =>
    runClosers(deps.logger, [
      () => app.close(),
      () => sweep.stop(),
      () => idleCleanup.stop(),
      () => consumer.stop(),
      () => relay.stop(),
      () => bus?.close(),
      close,
    ]);
  return { url, logger: deps.logger, stop };
}
