/**
 * Which stores a test run uses: the servers (default), or, with TEST_MODE=embedded, the embedded
 * ones — PGlite databases, the in-process bus and Redis (`npm run test:embedded`).
 */
export const embeddedMode = process.env.TEST_MODE === 'embedded';
