import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { AuthConfig } from './config.js';
import type { AuthDeps } from './deps.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { seedDemo } from './bin/seed.js';
export { readConfig } from './config.js';

/** The auth service as runService starts it: its consumer, outbox relay and HTTP port. */
export const authService = (config: AuthConfig) =>
  ({
    name: 'auth',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps.db)],
  }) satisfies ServiceDefinition<AuthDeps>;

/** Runs the auth service (main.ts, or the embedded process); resolves once it listens. */
export const startAuth = (config: AuthConfig) => runService(authService(config));
