import { defineConfig } from 'vitest/config';

// A fresh clone's npm install, build and two starts (one on four embedded databases initialised
// from scratch) take minutes, not seconds.
export default defineConfig({ test: { include: ['*.test.ts'], testTimeout: 60_000, hookTimeout: 660_000 } });
