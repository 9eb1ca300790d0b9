import { connectBus, registerBusMetrics, startOutboxRelay } from '@switchboard/event-bus';
import { runClosers } from '@switchboard/http-kit';
import { buildApp } from './app.js';
import type { TicketsConfig } from './config.js';
import { startAssignmentSweep } from './jobs/assignment-sweep.js';
import { startSlaScan } from './jobs/sla-scan.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

/**
 * Runs the ticket service: its bus consumer, outbox relay, jobs and HTTP port. Resolves once it
 * listens, with its address and how to stop it (main.ts, or the embedded process).
 */
export async function start(config: TicketsConfig) {
  let bus: ReturnType<typeof connectBus> | undefined;
  const { deps, close } = openDeps(config, () => bus?.isConnected() ?? false);
  bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'tickets' });
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  registerBusMetrics(deps.metrics, { service: 'tickets', bus, db: deps.db });
  const consumer = await subscribe(bus, deps.db, deps.assigner);
  const app = await buildApp(deps);
  const slaScan = startSlaScan(deps.db, config.SLA_SCAN_INTERVAL_MS, deps.logger);
  const sweep = startAssignmentSweep(deps.db, deps.assigner, config.ASSIGNMENT_SWEEP_MS, deps.logger);
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  // Stop taking requests and background work, finish what the bus holds, then let go of connections.
  const stop = () =>
    runClosers(deps.logger, [
      () => app.close(),
      () => slaScan.stop(),
      () => sweep.stop(),
      () => consumer.stop(),
      () => relay.stop(),
      () => bus?.close(),
      close,
    ]);
  return { url, logger: deps.logger, stop };
}
