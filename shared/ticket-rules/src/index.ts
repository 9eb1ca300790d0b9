export * from './access.js';
export * from './transitions.js';
