import { defineConfig } from 'vitest/config';

// An embedded database takes a few seconds to initialise on a busy machine.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
