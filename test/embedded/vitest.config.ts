import { defineConfig } from 'vitest/config';

// Starting the whole product (four embedded databases initialised from scratch) takes a while.
export default defineConfig({ test: { include: ['*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000 } });
