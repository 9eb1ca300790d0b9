export * from './connect.js';
