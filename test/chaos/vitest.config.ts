import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.chaos.test.ts'],
    // The matrix drives nine faults over one stack; CHAOS_LEVEL=long (./manage.sh chaos) runs longer.
    testTimeout: 60 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
