export * from './fragments.js';
export * from './load-config.js';
