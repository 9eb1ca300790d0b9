export { type DemoTenant, fetchDemoTenant } from './demo-team.js';
export { runMain } from './run-main.js';
export { runSeed, type SeedOutcome } from './run-seed.js';
export { type RunningService, runService, type ServiceDefinition, type ServiceDeps } from './run-service.js';
