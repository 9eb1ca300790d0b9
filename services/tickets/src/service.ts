import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { TicketsConfig } from './config.js';
import type { TicketsDeps } from './deps.js';
import { startAssignmentSweep } from './jobs/assignment-sweep.js';
import { startSlaScan } from './jobs/sla-scan.js';
import { SURVEY_CONSUMER, subscribe, subscribeSurveys } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { seedDemoHistory } from './bin/seed-history.js';
export { readConfig } from './config.js';

/** The ticket service as runService starts it: its consumer, outbox relay, jobs and HTTP port. */
export const ticketsService = (config: TicketsConfig) =>
  ({
    name: 'tickets',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    consumers: [SURVEY_CONSUMER],
    subscriptions: [(bus, deps) => subscribe(bus, deps), (bus, deps) => subscribeSurveys(bus, deps)],
    jobs: {
      slaScan: (deps) => startSlaScan(deps.db, config.SLA_SCAN_INTERVAL_MS, deps.logger),
      assignmentSweep: (deps) =>
        startAssignmentSweep(deps.db, deps.assigner, config.ASSIGNMENT_SWEEP_MS, deps.logger),
    },
  }) satisfies ServiceDefinition<TicketsDeps>;

/** Runs the ticket service (main.ts, or the embedded process); resolves once it listens. */
export const startTickets = (config: TicketsConfig) => runService(ticketsService(config));
