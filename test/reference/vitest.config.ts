import { defineConfig } from 'vitest/config';

/*
 * Clients written against the reference documents (reference/000–004), driven through the
 * gateway. Every file makes its own tenant, so all of them share one stack.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/shared-stack.setup.ts'],
  },
});
