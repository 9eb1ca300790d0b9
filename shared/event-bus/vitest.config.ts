import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chaos tests stop the shared broker, which would disturb every suite running alongside:
    // they run on their own via `npm run test:chaos`.
    exclude: [...configDefaults.exclude, '**/*.chaos.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
