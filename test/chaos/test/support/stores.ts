// biome-ignore-all lint/suspicious/noExplicitAny: rows and stream records are read loosely
import type { Stack } from '@switchboard/testing';
import { Redis } from 'ioredis';
import pg from 'pg';
import { effectKey } from './effect-keys.js';

/**
 * Where an effect can be seen, with how many times each key is there. `covers` says which keys
 * the store must hold (reporting keeps every event; the gateway stream only those it maps for
 * browsers); `sequence` is the store's own order of its keys, for the per-ticket order check.
 */
export type Store = {
  name: string;
  covers: (key: string) => boolean;
  counts: Map<string, number>;
  sequence?: string[];
};

/** One tenant's gateway stream, as sockets resume from it. */
export type StreamRecord = {
  seq: number;
  name: string;
  rooms: string[];
  eventId: string;
  type: string;
  data: any;
};

const everything = () => true;
const forBrowsers = (key: string) => /^[tmu]:/.test(key);
const agentMessages = (key: string) => /^m:.*-a\d+$/.test(key);
const ticketRows = (key: string) => /^t:.*:created$/.test(key) || key.startsWith('m:');

function storeOf(name: string, covers: Store['covers'], keys: (string | null)[], ordered = false): Store {
  const counts = new Map<string, number>();
  const present = keys.filter((key): key is string => key !== null);
  for (const key of present) counts.set(key, (counts.get(key) ?? 0) + 1);
  return { name, covers, counts, ...(ordered ? { sequence: present } : {}) };
}

async function query(url: string, text: string, values: unknown[]): Promise<any[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A new message's second record (its conversation's last message) is the same effect again. */
const isEffect = (r: StreamRecord) => !(r.type === 'message.created' && r.name === 'conversation_update');

/** Reads every store the accounting checks, for the load's tenants only. */
export async function readStores(stack: Stack, redisUrl: string, tenantIds: string[]) {
  const urls = stack.databaseUrls;
  const ticketRowsQuery = `
    select 't:' || c.name || ':created' as key from tickets t join customers c on c.id = t.customer_id
     where t.tenant_id = any($1)`;
  const messagesQuery = `
    select m.id, 'm:' || m.body as key from messages m
     where m.tenant_id = any($1) and m.author_type <> 'system' order by m.ticket_id, m.created_at, m.id`;
  const outboxQuery = `select type, envelope from outbox where tenant_id = any($1) order by seq`;
  const [tickets, messages, ticketOutbox, presenceOutbox, authOutbox, consumed, activity] = await Promise.all(
    [
      query(urls.tickets, ticketRowsQuery, [tenantIds]),
      query(urls.tickets, messagesQuery, [tenantIds]),
      query(urls.tickets, outboxQuery, [tenantIds]),
      query(urls.presence, outboxQuery, [tenantIds]),
      query(urls.auth, outboxQuery, [tenantIds]),
      query(urls.reporting, `select type, envelope from consumed_events where tenant_id = any($1)`, [
        tenantIds,
      ]),
      query(
        urls.presence,
        `select metadata->>'messageId' as id from agent_activities where tenant_id = any($1) and type = 'message_sent'`,
        [tenantIds],
      ),
    ],
  );
  const bodyOf = new Map(messages.map((m) => [m.id as string, m.key as string]));
  const fromEvents = (rows: any[]) => rows.map((r) => effectKey(r.type, r.envelope.data));
  const streams = await readStreams(redisUrl, tenantIds);
  const stores: Store[] = [
    storeOf('tickets: rows', ticketRows, [...tickets.map((r) => r.key), ...messages.map((m) => m.key)]),
    storeOf(
      'tickets: messages order',
      () => false,
      messages.map((m) => m.key),
      true,
    ),
    storeOf('outboxes', everything, [
      ...fromEvents(ticketOutbox),
      ...fromEvents(presenceOutbox),
      ...fromEvents(authOutbox),
    ]),
    storeOf('tickets: outbox order', () => false, fromEvents(ticketOutbox), true),
    storeOf('reporting: stored events', everything, fromEvents(consumed)),
    storeOf(
      'presence: activity',
      agentMessages,
      activity.map((a) => bodyOf.get(a.id) ?? `m:?${a.id}`),
    ),
    storeOf(
      'gateway: tenant streams',
      forBrowsers,
      [...streams.values()].flatMap((records) =>
        records.filter(isEffect).map((r) => effectKey(r.type, r.data)),
      ),
      true,
    ),
  ];
  const events = ticketOutbox.length + presenceOutbox.length + authOutbox.length;
  return { stores, streams, events };
}

/** Every tenant's retained stream (the private Redis holds only this run's keys). */
async function readStreams(redisUrl: string, tenantIds: string[]): Promise<Map<string, StreamRecord[]>> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    const streams = new Map<string, StreamRecord[]>();
    for (const tenantId of tenantIds) {
      const [key] = await redis.keys(`*{${tenantId}}:stream`);
      const entries = key ? await redis.xrange(key, '-', '+') : [];
      streams.set(
        tenantId,
        entries.map(([id, fields]) => ({ ...JSON.parse(fields[1] ?? '{}'), seq: Number(id.split('-')[0]) })),
      );
    }
    return streams;
  } finally {
    redis.disconnect();
  }
}
