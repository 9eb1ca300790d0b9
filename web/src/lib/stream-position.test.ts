import { describe, expect, it } from 'vitest';
import { createStreamPosition } from './stream-position.js';

describe('stream position (seq/epoch)', () => {
  it('starts from the first authenticated head and counts events up from there', () => {
    const p = createStreamPosition();
    p.onAuthenticated({ epoch: 'e1', seq: 10 });
    expect(p.onEvent({ epoch: 'e1', seq: 12 })).toBe('new');
    expect(p.current()).toEqual({ epoch: 'e1', lastSeq: 12 });
  });

  it('skips an event already seen, as after a redelivery', () => {
    const p = createStreamPosition();
    p.onAuthenticated({ epoch: 'e1', seq: 10 });
    p.onEvent({ epoch: 'e1', seq: 11 });
    expect(p.onEvent({ epoch: 'e1', seq: 11 })).toBe('duplicate');
    expect(p.onEvent({ epoch: 'e1', seq: 9 })).toBe('duplicate');
  });

  it('keeps its place across a reconnect, so the replay after it is not taken for duplicates', () => {
    const p = createStreamPosition();
    p.onAuthenticated({ epoch: 'e1', seq: 10 });
    p.onEvent({ epoch: 'e1', seq: 11 });
    p.onAuthenticated({ epoch: 'e1', seq: 20 });
    expect(p.current()).toEqual({ epoch: 'e1', lastSeq: 11 });
    expect(p.onEvent({ epoch: 'e1', seq: 14 })).toBe('new');
  });

  it('carries on from the head the server gives when the gap cannot be replayed', () => {
    const p = createStreamPosition();
    p.onAuthenticated({ epoch: 'e1', seq: 10 });
    p.onUnrecoverable({ epoch: 'e2', seq: 3 });
    expect(p.current()).toEqual({ epoch: 'e2', lastSeq: 3 });
    expect(p.onEvent({ epoch: 'e2', seq: 4 })).toBe('new');
  });

  it('reports an event from another epoch, so everything is refetched', () => {
    const p = createStreamPosition();
    p.onAuthenticated({ epoch: 'e1', seq: 10 });
    expect(p.onEvent({ epoch: 'e9', seq: 1 })).toBe('epoch-changed');
    expect(p.current()).toEqual({ epoch: 'e9', lastSeq: 1 });
  });

  it('lets events without a seq through (typing indicators are not part of the stream)', () => {
    const p = createStreamPosition();
    expect(p.onEvent({})).toBe('new');
    expect(p.current()).toBeNull();
  });
});
