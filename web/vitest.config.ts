import { defineConfig } from 'vitest/config';

/** Unit tests of the client's pure logic; the browser tests have their own config in e2e/. */
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
