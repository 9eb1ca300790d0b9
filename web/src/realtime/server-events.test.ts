import { serverEventNames } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { handledEvents, ignoredEvents } from './server-events.js';

const handled: string[] = Object.values(handledEvents).flat();
const ignored: string[] = [...ignoredEvents];

describe('every event the gateway may send to a tab', () => {
  it('is handled by the app or listed as deliberately ignored', () => {
    const placed = new Set([...handled, ...ignored]);
    expect(serverEventNames.filter((name) => !placed.has(name))).toEqual([]);
  });

  it('is placed once, and the app places no event the gateway never sends', () => {
    const all = [...handled, ...ignored];
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
    expect(all.filter((name) => !(serverEventNames as string[]).includes(name))).toEqual([]);
  });
});
