import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { ReportingConfig } from './config.js';
import type { ReportingDeps } from './deps.js';
import { startReportingJobs } from './jobs/job-worker.js';
import { startMetricsPush } from './jobs/metrics-push.js';
import { startReportScheduler } from './jobs/scheduled-reports.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { readConfig } from './config.js';

/** The reporting service as runService starts it: its consumer, outbox relay, jobs and HTTP port. */
export const reportingService = (config: ReportingConfig) =>
  ({
    name: 'reporting',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps.db)],
    // Stopped in this order: no new dashboards or scheduled reports, then the running exports.
    jobs: {
      metricsPush: (deps) => startMetricsPush(deps.db, config, deps.logger),
      reportScheduler: (deps) => startReportScheduler(deps.db, config.SCHEDULE_SCAN_MS, deps.logger),
      jobWorker: (deps, bus) => startReportingJobs(bus, deps),
    },
  }) satisfies ServiceDefinition<ReportingDeps>;

/** Runs the reporting service (main.ts, or the embedded process); resolves once it listens. */
export const startReporting = (config: ReportingConfig) => runService(reportingService(config));
