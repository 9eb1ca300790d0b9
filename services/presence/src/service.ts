import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { PresenceConfig } from './config.js';
import type { PresenceDeps } from './deps.js';
import { startIdleSessionCleanup } from './jobs/idle-sessions.js';
import { startPresenceSweep } from './jobs/presence-sweep.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { seedDemoSessions } from './bin/seed-history.js';
export { readConfig } from './config.js';

/** The presence service as runService starts it: its consumer, outbox relay, jobs and HTTP port. */
export const presenceService = (config: PresenceConfig) =>
  ({
    name: 'presence',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps.db)],
    jobs: {
      presenceSweep: (deps) => startPresenceSweep(deps.db, deps.redis, config, deps.logger),
      idleSessionCleanup: (deps) =>
        startIdleSessionCleanup(deps.db, config.IDLE_SESSION_SWEEP_MS, deps.logger),
    },
  }) satisfies ServiceDefinition<PresenceDeps>;

/** Runs the presence service (main.ts, or the embedded process); resolves once it listens. */
export const startPresence = (config: PresenceConfig) => runService(presenceService(config));
