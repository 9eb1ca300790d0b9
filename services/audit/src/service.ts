import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { AuditConfig } from './config.js';
import type { AuditDeps } from './deps.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { readConfig } from './config.js';

/** The audit service as runService starts it: its consumer and HTTP port (it publishes nothing). */
export const auditService = (config: AuditConfig) =>
  ({
    name: 'audit',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps)],
  }) satisfies ServiceDefinition<AuditDeps>;

/** Runs the audit service (main.ts, or the embedded process); resolves once it listens. */
export const startAudit = (config: AuditConfig) => runService(auditService(config));
