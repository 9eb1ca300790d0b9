import { defineConfig } from 'vitest/config';

// The short fault tests that run with every `test`; the matrix (*.chaos.test.ts) runs alone.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], exclude: ['test/**/*.chaos.test.ts'], testTimeout: 60_000 },
});
