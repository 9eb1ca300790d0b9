export * from './access.js';
export * from './placeholders.js';
export * from './transitions.js';
