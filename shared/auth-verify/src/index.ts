export * from './caller.js';
export * from './guards.js';
export * from './remote-authentication.js';
export * from './revoked-users.js';
export * from './token-verifier.js';
