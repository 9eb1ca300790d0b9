export * from './attendance.js';
export * from './intervals.js';
export * from './local-dates.js';
export * from './shift-settings.js';
export * from './zone-offsets.js';
