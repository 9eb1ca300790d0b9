export * from './local-dates.js';
export * from './zone-offsets.js';
