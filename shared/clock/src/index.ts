import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Domain time. Services read the time through now() so the demo history seed can replay the
 * past through their real actions; atTime is meant for that seed only (never HTTP or env), so
 * in normal running now() is the wall clock.
 */
const pinned = new AsyncLocalStorage<{ at: number }>();

/** The current instant: the wall clock, or the instant atTime set for this async context. */
export function now(): Date {
  const frame = pinned.getStore();
  return frame ? new Date(frame.at) : new Date();
}

/** Runs fn with now() reading `at` everywhere inside it (awaits included); `advance` moves it on. */
export function atTime<T>(at: Date, fn: () => T): T {
  return pinned.run({ at: at.getTime() }, fn);
}

/** Moves the pinned clock of the current atTime forward by ms (a step inside a replayed day). */
export function advance(ms: number): Date {
  const frame = pinned.getStore();
  if (!frame) throw new Error('advance() outside atTime(): the wall clock cannot be moved');
  frame.at += ms;
  return new Date(frame.at);
}
