import { runService, type ServiceDefinition } from '@switchboard/service-runtime';
import { buildApp } from './app.js';
import type { AiAssistConfig } from './config.js';
import type { AiAssistDeps } from './deps.js';
import { startRetrain } from './jobs/retrain.js';
import { subscribe } from './messaging/subscriptions.js';
import { openDeps } from './wiring.js';

export { prepare } from './bin/prepare.js';
export { seedDemoAiSettings } from './bin/seed-history.js';
export { readConfig } from './config.js';

/** The AI assist service as runService starts it: its consumer, outbox relay, retrain job and HTTP port. */
export const aiAssistService = (config: AiAssistConfig) =>
  ({
    name: 'ai-assist',
    config,
    openDeps: (busConnected) => openDeps(config, busConnected),
    buildApp,
    subscriptions: [(bus, deps) => subscribe(bus, deps)],
    jobs: {
      retrain: (deps) => startRetrain(deps.db, config.AI_RETRAIN_INTERVAL_MS, deps.logger),
    },
  }) satisfies ServiceDefinition<AiAssistDeps>;

/** Runs the AI assist service (main.ts, or the embedded process); resolves once it listens. */
export const startAiAssist = (config: AiAssistConfig) => runService(aiAssistService(config));
