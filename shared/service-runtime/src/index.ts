export { runMain } from './run-main.js';
export { type RunningService, runService, type ServiceDefinition, type ServiceDeps } from './run-service.js';
