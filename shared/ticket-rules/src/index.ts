export * from './placeholders.js';
export * from './transitions.js';
