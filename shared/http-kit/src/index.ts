export type { ZodTypeProvider } from 'fastify-type-provider-zod';
export * from './correlation.js';
export * from './create-http-app.js';
export * from './error-handler.js';
export * from './errors.js';
export * from './healthz.js';
export * from './lifecycle.js';
export * from './logger.js';
export * from './pagination.js';
