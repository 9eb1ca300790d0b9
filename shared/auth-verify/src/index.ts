export * from './guards.js';
export * from './token-verifier.js';
