import { connectBus, registerBusMetrics, startOutboxRelay } from '@switchboard/event-bus';
import { runClosers } from '@switchboard/http-kit';
import { buildApp } from './app.js';
import type { ReportingConfig } from './config.js';
import { startReportingJobs } from './jobs/job-worker.js';
import { startMetricsPush } from './jobs/metrics-push.js';
import { startReportScheduler } from './jobs/scheduled-reports.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

/**
 * Runs the reporting service: its bus consumer, outbox relay, jobs and HTTP port. Resolves once
 * it listens, with its address and how to stop it (main.ts, or the embedded process).
 */
export async function start(config: ReportingConfig) {
  let bus: ReturnType<typeof connectBus> | undefined;
  const { deps, close } = openDeps(config, () => bus?.isConnected() ?? false);
  bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name: 'reporting' });
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  registerBusMetrics(deps.metrics, { service: 'reporting', bus, db: deps.db });
  const consumer = await subscribe(bus, deps.db);
  const jobs = await startReportingJobs(bus, deps);
  const scheduler = startReportScheduler(deps.db, config.SCHEDULE_SCAN_MS, deps.logger);
  const app = await buildApp(deps);
  const push = startMetricsPush(deps.db, config, deps.logger);
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  // Stop taking requests and background work, finish what the bus holds, then let go of connections.
  const stop = () =>
    runClosers(deps.logger, [
      () => app.close(),
      () => push.stop(),
      () => scheduler.stop(),
      () => jobs.stop(),
      () => consumer.stop(),
      () => relay.stop(),
      () => bus?.close(),
      close,
    ]);
  return { url, logger: deps.logger, stop };
}
