// The gateway as the embedded process starts it; it keeps its own start (no database, no outbox).
export { readConfig } from './config.js';
export { start as startGateway } from './start.js';
