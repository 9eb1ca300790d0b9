import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.chaos.test.ts'],
    // One at a time: each chaos test takes the whole broker down.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
