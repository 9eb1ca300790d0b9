import { randomUUID } from 'node:crypto';
import { connectRedis } from '@switchboard/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { viewerStore } from './viewer-store.js';

/*
 * The viewer list on the machine's Redis and on the in-process store of embedded mode
 * (REDIS_URL=memory://), which must answer the same.
 */
const clients = {
  redis: connectRedis('redis://127.0.0.1:6379'),
  'in process': connectRedis('memory://viewers'),
};
afterAll(() => {
  for (const client of Object.values(clients)) client.disconnect();
});

const ana = { userId: 'u-ana', fullName: 'Ana', composing: false };
const bo = { userId: 'u-bo', fullName: 'Bo', composing: false };

describe.each(Object.entries(clients))('ticket viewers in %s', (_, redis) => {
  const store = viewerStore(redis, `test:${randomUUID()}:`, 300);
  const key = () => ({ tenantId: 't1', ticketId: randomUUID() });

  it('lists one viewer per user, composing while any of their tabs types', async () => {
    const ticket = key();
    await store.put(ticket, 'tab-1', ana);
    await store.put(ticket, 'tab-2', { ...ana, composing: true });
    await store.put(ticket, 'tab-3', bo);
    expect((await store.list(ticket)).viewers).toEqual([{ ...ana, composing: true }, bo]);
    await store.remove(ticket, 'tab-2');
    expect((await store.list(ticket)).viewers).toEqual([ana, bo]);
  });

  it('drops an entry nobody refreshed, and only the first reader reports it', async () => {
    const ticket = key();
    await store.put(ticket, 'dead-tab', ana);
    await store.put(ticket, 'live-tab', bo);
    await new Promise((r) => setTimeout(r, 200));
    await store.put(ticket, 'live-tab', bo);
    await new Promise((r) => setTimeout(r, 150));
    expect(await store.list(ticket)).toEqual({ viewers: [bo], dropped: true });
    expect(await store.list(ticket)).toEqual({ viewers: [bo], dropped: false });
  });

  it('keeps tenants apart', async () => {
    const ticket = key();
    await store.put(ticket, 'tab-1', ana);
    expect((await store.list({ ...ticket, tenantId: 't2' })).viewers).toEqual([]);
  });
});
