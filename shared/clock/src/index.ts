import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Domain time. Services read the time through now() so the demo history seed can replay the
 * past through their real actions; atTime is meant for that seed only (never HTTP or env), so
 * in normal running now() is the wall clock.
 */
const pinned = new AsyncLocalStorage<number>();

/** The current instant: the wall clock, or the instant atTime set for this async context. */
export function now(): Date {
  const frame = pinned.getStore();
  return frame === undefined ? new Date() : new Date(frame);
}

/** Runs fn with now() reading `at` everywhere inside it (awaits included). */
export function atTime<T>(at: Date, fn: () => T): T {
  return pinned.run(at.getTime(), fn);
}
