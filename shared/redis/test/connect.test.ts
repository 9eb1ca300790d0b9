import { describe, expect, it } from 'vitest';
import { connectRedis, isInProcess } from '../src/index.js';

describe('the in-process Redis of embedded mode (memory://)', () => {
  it('is shared by every client of one name and by no other', async () => {
    const gateway = connectRedis('memory://shared-a');
    const presence = connectRedis('memory://shared-a');
    const elsewhere = connectRedis('memory://shared-b');
    await gateway.set('heartbeat:gw-1', 'alive', 'PX', 60_000);
    expect(await presence.get('heartbeat:gw-1')).toBe('alive');
    expect(await elsewhere.get('heartbeat:gw-1')).toBeNull();
    expect([
      isInProcess(gateway),
      isInProcess(connectRedis('redis://127.0.0.1:1', { lazyConnect: true })),
    ]).toEqual([true, false]);
  });

  it('runs the gateway-style Lua append and reads the stream after a seq, trimmed to its length', async () => {
    const redis = connectRedis('memory://streams');
    const append = `local seq = redis.call('INCR', KEYS[1])
      redis.call('XADD', KEYS[2], 'MAXLEN', '=', ARGV[1], seq .. '-0', 'r', ARGV[2])
      return seq`;
    for (const body of ['a', 'b', 'c', 'd']) await redis.eval(append, 2, 't:seq', 't:stream', '3', body);
    const after = await redis.xrange('t:stream', String(2 + 1), '+');
    expect(after.map(([, fields]) => fields[1])).toEqual(['c', 'd']);
    expect((await redis.xrange('t:stream', '-', '+')).map(([, fields]) => fields[1])).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('counts, expires and reads many keys as the rate limiter and presence do', async () => {
    const redis = connectRedis('memory://counters');
    const [[, count], [, ttl]] = (await redis.multi().incr('hits').expire('hits', 60).exec()) as [
      [null, number],
      [null, number],
    ];
    expect([count, ttl]).toEqual([1, 1]);
    expect(await redis.ttl('hits')).toBeGreaterThan(0);
    expect(await redis.mget('hits', 'none')).toEqual(['1', null]);
  });
});
