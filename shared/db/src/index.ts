export * from './connect.js';
export { dropPglite, isPgliteUrl, pgliteUrl } from './pglite.js';
export type { DbPool, DbSession } from './pool.js';
