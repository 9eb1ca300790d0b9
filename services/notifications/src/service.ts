import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { NotificationsConfig } from './config.js';
import type { NotificationsDeps } from './deps.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { readConfig } from './config.js';

/** The notifications service as runService starts it: its consumer, outbox relay and HTTP port. */
export const notificationsService = (config: NotificationsConfig) =>
  ({
    name: 'notifications',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps)],
  }) satisfies ServiceDefinition<NotificationsDeps>;

/** Runs the notifications service (main.ts, or the embedded process); resolves once it listens. */
export const startNotifications = (config: NotificationsConfig) => runService(notificationsService(config));
