import { randomUUID } from 'node:crypto';
import type { Envelope } from '@switchboard/contracts';
import { connectRedis } from '@switchboard/redis';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../metrics.js';
import type { ClientEvent } from '../relays/client-events.js';
import { createTenantStreams, type StreamRecord } from '../relays/tenant-stream.js';
import {
  type DeliveryContext,
  type DeliverySocket,
  deliverLive,
  emitRecord,
  holdBack,
  releaseHeld,
  resumeDelivery,
  type SendToMany,
  startDelivery,
} from './delivery.js';

/*
 * What a socket receives around a lost adapter subscription (a Redis restart): records another
 * gateway published meanwhile never arrive live, so the socket must read them from its stream.
 */
const tenantId = 'tenant-1';
const room = `tenant:${tenantId}`;
let ctx: DeliveryContext;
/** The fake sockets by id, for the broadcast that live delivery sends through. */
const byId = new Map<string, { emit: (name: string, payload: { seq?: number }) => boolean }>();
const send: SendToMany = (ids, record) => {
  for (const id of ids) {
    const socket = byId.get(id);
    if (socket) emitRecord(socket, record);
  }
};
const live = (socket: DeliverySocket, record: StreamRecord) =>
  deliverLive([socket], record, ctx.metrics, send);

/** A socket as delivery sees it: its rooms, and the seqs it was sent. */
function fakeSocket() {
  const seqs: number[] = [];
  const socket = {
    id: randomUUID(),
    rooms: new Set([room]),
    connected: true,
    data: {},
    emit: (_name: string, payload: { seq?: number }) => {
      if (typeof payload.seq === 'number') seqs.push(payload.seq);
      return true;
    },
  };
  byId.set(socket.id, socket);
  return { socket: socket as unknown as DeliverySocket, seqs };
}

/** A record appended to the stream (by whichever gateway consumed its event). */
async function append() {
  const event = { id: randomUUID(), tenantId, type: 'message.created', occurredAt: new Date().toISOString() };
  const { record } = await ctx.streams.append(
    event as Envelope,
    {
      name: 'new_message',
      rooms: [room],
      data: {},
    } as unknown as ClientEvent,
  );
  return record;
}

/** The adapter subscription drops: what recoverLostSubscriptions does on the subscriber's close. */
function subscriptionLost(...sockets: DeliverySocket[]) {
  ctx.subscription.up = false;
  for (const socket of sockets) holdBack(socket);
}

/** ...and on its return. */
async function subscriptionBack(...sockets: DeliverySocket[]) {
  ctx.subscription.up = true;
  await Promise.all(sockets.map((socket) => releaseHeld(socket, ctx)));
}

beforeEach(() => {
  const redis = connectRedis(`memory://delivery-${randomUUID()}`);
  ctx = {
    streams: createTenantStreams(redis, 'test:', 1_000),
    metrics: createMetrics(),
    subscription: { up: true },
    logger: pino({ level: 'silent' }),
  };
});

describe('delivery across a lost adapter subscription', () => {
  it('a live socket gets what it missed while the subscription was down, in order, before anything newer', async () => {
    const { socket, seqs } = fakeSocket();
    await startDelivery(socket, ctx, tenantId);
    live(socket, await append());
    subscriptionLost(socket);
    await append(); // published by another gateway: lost with the subscription
    live(socket, await append()); // published here: held back
    await append();
    await subscriptionBack(socket);
    live(socket, await append());
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });

  it('a socket that connects while the subscription is down waits for it, then gets what it missed', async () => {
    await append();
    subscriptionLost();
    const { socket, seqs } = fakeSocket();
    await startDelivery(socket, ctx, tenantId);
    await append(); // lost with the subscription
    live(socket, await append());
    expect(seqs).toEqual([]);
    await subscriptionBack(socket);
    live(socket, await append());
    expect(seqs).toEqual([2, 3, 4]);
  });

  it('a resume whose stream read overlaps a drop reads the stream again once the subscription is back', async () => {
    const { socket, seqs } = fakeSocket();
    const head = await startDelivery(socket, ctx, tenantId, true);
    await append();
    const resuming = resumeDelivery(socket, ctx, { epoch: head.epoch, lastSeq: 0 });
    subscriptionLost(socket);
    await resuming;
    await append(); // lost with the subscription
    expect(seqs).toEqual([1]);
    await subscriptionBack(socket);
    expect(seqs).toEqual([1, 2]);
  });

  it('a live record goes out once to the live sockets that lack it, and is held for one resuming', async () => {
    const [a, b, c] = [fakeSocket(), fakeSocket(), fakeSocket()];
    await startDelivery(a.socket, ctx, tenantId);
    await startDelivery(b.socket, ctx, tenantId);
    const head = await startDelivery(c.socket, ctx, tenantId, true); // c resumes next
    const record = await append();
    const broadcasts: string[][] = [];
    deliverLive([a.socket, b.socket, c.socket], record, ctx.metrics, (ids, r) => {
      broadcasts.push(ids);
      send(ids, r);
    });
    deliverLive([a.socket, b.socket], record, ctx.metrics, send); // redelivered
    expect(broadcasts).toEqual([[a.socket.id, b.socket.id]]);
    expect([a.seqs, b.seqs, c.seqs]).toEqual([[1], [1], []]);
    await resumeDelivery(c.socket, ctx, { epoch: head.epoch, lastSeq: head.seq });
    expect(c.seqs).toEqual([1]);
  });

  it('with the subscription up, records flow live and a redelivered one is not sent twice', async () => {
    const { socket, seqs } = fakeSocket();
    await startDelivery(socket, ctx, tenantId);
    const first = await append();
    live(socket, first);
    live(socket, first);
    live(socket, await append());
    expect(seqs).toEqual([1, 2]);
  });
});
