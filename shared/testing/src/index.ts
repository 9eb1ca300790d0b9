export * from './databases.js';
export * from './processes.js';
export * from './service-harness.js';
export * from './token-issuer.js';
export * from './vhosts.js';
export * from './wait-for.js';
