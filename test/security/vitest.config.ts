import { defineConfig } from 'vitest/config';

/*
 * The sweeps that need only a lifted rate limit and stop no process share one stack (a start is
 * ~10 s of both cores); the others start their own with the env they test.
 */
const sharesStack = ['test/hostile-input.test.ts', 'test/tenant-isolation.test.ts', 'test/text-edge.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'own-stack', include: ['test/**/*.test.ts'], exclude: sharesStack } },
      {
        extends: true,
        test: {
          name: 'shared-stack',
          include: sharesStack,
          globalSetup: ['test/support/shared-stack.setup.ts'],
        },
      },
    ],
  },
});
