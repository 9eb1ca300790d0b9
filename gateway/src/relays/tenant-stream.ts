import { randomUUID } from 'node:crypto';
import type { Envelope } from '@switchboard/contracts';
import type { Redis } from 'ioredis';
import type { ClientEvent } from './client-events.js';

/** One delivered event as kept in the tenant's stream and sent to sockets (docs/api.md §6). */
export type StreamRecord = ClientEvent & {
  seq: number;
  epoch: string;
  eventId: string;
  type: string;
  occurredAt: string;
};

export type StreamHead = { epoch: string; seq: number };

/*
 * Appends once per event id: a redelivered event gets its first seq back and is not stored
 * again. The epoch is minted with the stream, so a lost stream (Redis flushed) shows up as a
 * new epoch and clients refetch instead of trusting a resume.
 */
const APPEND = `
local seen = redis.call('GET', KEYS[3])
if seen then return {seen, redis.call('GET', KEYS[4]), 0} end
redis.call('SET', KEYS[4], ARGV[4], 'NX')
local epoch = redis.call('GET', KEYS[4])
local seq = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', '=', ARGV[1], seq .. '-0', 'r', ARGV[2])
redis.call('SET', KEYS[3], seq, 'EX', ARGV[3])
for i = 1, 4 do if i ~= 3 then redis.call('EXPIRE', KEYS[i], ARGV[5]) end end
return {tostring(seq), epoch, 1}`;

const HEAD = `
redis.call('SET', KEYS[2], ARGV[1], 'NX', 'EX', ARGV[2])
return {redis.call('GET', KEYS[2]), redis.call('GET', KEYS[1]) or '0'}`;

const DEDUPE_TTL_SECONDS = 24 * 3600;
/** A tenant silent this long loses its stream (its sockets then resume with recovered: false). */
const STREAM_IDLE_TTL_SECONDS = 7 * 24 * 3600;

export function createTenantStreams(redis: Redis, prefix: string, maxEvents: number) {
  // One hash tag per tenant keeps a tenant's keys in one cluster slot, as Lua requires.
  const keys = (tenantId: string) => {
    const base = `${prefix}{${tenantId}}`;
    return { seq: `${base}:seq`, stream: `${base}:stream`, epoch: `${base}:epoch`, seen: `${base}:seen:` };
  };

  /** `part` tells apart the client events one domain event makes (each is appended once). */
  async function append(
    event: Envelope,
    client: ClientEvent,
    part = 0,
  ): Promise<{ record: StreamRecord; fresh: boolean }> {
    const k = keys(event.tenantId);
    const body = {
      ...client,
      eventId: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
    };
    const [seq, epoch, fresh] = (await redis.eval(
      APPEND,
      4,
      k.seq,
      k.stream,
      k.seen + (part ? `${event.id}/${part}` : event.id),
      k.epoch,
      String(maxEvents),
      JSON.stringify(body),
      String(DEDUPE_TTL_SECONDS),
      randomUUID(),
      String(STREAM_IDLE_TTL_SECONDS),
    )) as [string, string, number];
    return { record: { ...body, seq: Number(seq), epoch }, fresh: fresh === 1 };
  }

  async function head(tenantId: string): Promise<StreamHead> {
    const k = keys(tenantId);
    const [epoch, seq] = (await redis.eval(
      HEAD,
      2,
      k.seq,
      k.epoch,
      randomUUID(),
      String(STREAM_IDLE_TTL_SECONDS),
    )) as [string, string];
    return { epoch, seq: Number(seq) };
  }

  /** Every retained record after `afterSeq`, in order. */
  async function after(tenantId: string, afterSeq: number, epoch: string): Promise<StreamRecord[]> {
    // A bare `seq` is `seq-0` to Redis as a range start (and the in-process Redis reads only this form).
    const entries = await redis.xrange(keys(tenantId).stream, String(afterSeq + 1), '+');
    return entries.map(([id, fields]) => ({
      ...JSON.parse(fields[1] ?? '{}'),
      seq: Number(id.split('-')[0]),
      epoch,
    }));
  }

  return { append, head, after };
}

export type TenantStreams = ReturnType<typeof createTenantStreams>;
