import { defineConfig } from 'vitest/config';

/*
 * Files that need no env of their own and stop no process share one stack (a start is ~10 s of
 * both cores); the others start their own in beforeAll.
 */
const sharesStack = [
  'test/broadcast-realtime.test.ts',
  'test/conversation-actions.test.ts',
  'test/csat-page.test.ts',
  'test/export-jobs.test.ts',
  'test/reporting-realtime.test.ts',
  'test/socket-authentication.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 90_000,
    projects: [
      {
        extends: true,
        test: { name: 'own-stack', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: sharesStack },
      },
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
