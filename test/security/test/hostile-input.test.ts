import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Client, connect, connectAuthenticated, repoRoot, signupTenant } from '@switchboard/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fill,
  isErrorShape,
  key,
  type Operation,
  operationsOf,
  raw,
  seedTenant,
  sharedSuiteStack,
  type World,
} from './support/world.js';

/*
 * Hostile input for every endpoint with a body or a query, generated from the merged OpenAPI
 * document: the gateway and the services answer 4xx in the docs/api.md §2 error shape, never a 5xx,
 * and store nothing they refused. Seeded, so a failure replays.
 */

const SEED = 20_261_122;
const RUNS = 20;

const env = sharedSuiteStack(inject('sharedStack'));
let w: World;
let operations: Operation[];
beforeAll(async () => {
  w = await seedTenant(env.call, `Fuzz${Date.now().toString(36)}`);
  operations = await operationsOf(env.call);
});

/** Strings that have broken real systems: SQL and LIKE metacharacters, unicode edges, sheer size. */
const nasty = [
  "' OR 1=1 --",
  "'; DROP TABLE tickets; --",
  '%',
  '_',
  '\\',
  '\\\\',
  '%_%',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '😀👩‍👩‍👧‍👦',
  'x'.repeat(10_000),
  '😀'.repeat(5_000),
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '../../etc/passwd',
  '  ',
  '',
  '00000000-0000-0000-0000-000000000000',
  'NaN',
  '-1',
  '1e309',
];
const hostileString = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, true, false, null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A body: the schema's fields with hostile values, or anything JSON at all. */
const hostileBody = (schema: any): fc.Arbitrary<unknown> => {
  const fields = Object.keys(schema?.properties ?? schema?.anyOf?.[0]?.properties ?? {});
  const shaped =
    fields.length > 0
      ? fc.record(Object.fromEntries(fields.map((f) => [f, hostileValue])), { requiredKeys: [] })
      : fc.dictionary(hostileString, hostileValue, { maxKeys: 4 });
  return fc.oneof({ weight: 3, arbitrary: shaped }, fc.jsonValue({ maxDepth: 4 }), hostileValue);
};
const hostileQuery = (names: string[]) =>
  fc.record(Object.fromEntries(names.map((n) => [n, hostileString])), { requiredKeys: [] });

const idsOf = (x: World): Record<string, string> => ({ tenantId: x.tenantId, token: 'x'.repeat(32) });
/** The caller's own resource for a path's `{id}`, so the request reaches the handler. */
function ownPath(path: string, x: World): string {
  const owners: [prefix: string, id: string][] = [
    ['/api/tickets', x.ticketId],
    ['/api/broadcasts', x.broadcastId],
    ['/api/help-requests', x.helpId],
    ['/api/jobs', x.jobId],
    ['/api/reports/schedules', x.scheduleId],
    ['/api/customers', x.customerId],
    ['/api/macros', x.macroId],
    ['/api/canned-responses', x.cannedId],
    ['/api/notifications', x.notificationId],
  ];
  const id = owners.find(([prefix]) => path.startsWith(prefix))?.[1] ?? x.agent.id;
  const ids = { id, messageId: x.messageId, cannedId: x.cannedId, macroId: x.macroId };
  return fill(path, { ...idsOf(x), ...ids });
}

/** Why an answer is wrong, or undefined when it is a proper answer. */
function problemWith(res: Awaited<ReturnType<typeof raw>>): string | undefined {
  if (res.status >= 500) return `${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 400 && !isErrorShape(res.body))
    return `${res.status} not in the error shape: ${res.text.slice(0, 300)}`;
  return undefined;
}

const ticketTotal = async () =>
  (await env.call('GET', '/api/tickets?limit=1', { token: w.admin.token })).body.meta.total as number;

describe('hostile bodies and queries on every documented endpoint', () => {
  it('never answer a 5xx, and every 4xx is in the docs/api.md §2 error shape', async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const op of operations) {
      const queryNames = op.params.filter((p) => p.in === 'query').map((p) => p.name);
      if (!op.hasBody && queryNames.length === 0) continue;
      // logins count failures towards the lockout; the auth-attacks suite covers them
      const path = ownPath(op.path, w);
      const runs = op.path === '/api/auth/login' ? 5 : RUNS;
      await fc.assert(
        fc.asyncProperty(
          op.hasBody ? hostileBody(op.bodySchema) : fc.constant(undefined),
          hostileQuery(queryNames),
          async (body, query) => {
            const search = new URLSearchParams(query as Record<string, string>).toString();
            const url = search ? `${path}?${search}` : path;
            const res = await raw(env.baseUrl, op.method, url, {
              token: op.path === '/api/agents/{id}/status' ? w.agent.token : w.admin.token,
              ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            });
            requests++;
            const problem = problemWith(res);
            if (problem)
              problems.push(
                `${key(op)} ${url.slice(0, 200)} ${JSON.stringify(body)?.slice(0, 200)} → ${problem}`,
              );
            return true;
          },
        ),
        { seed: SEED, numRuns: runs },
      );
    }
    expect(requests).toBeGreaterThan(500);
    expect(problems.slice(0, 15), `${problems.length} bad answers`).toEqual([]);
  });

  it('rejected ticket creates store nothing', async () => {
    const before = await ticketTotal();
    let created = 0;
    await fc.assert(
      fc.asyncProperty(
        hostileBody({ properties: { subject: {}, priority: {}, customer: {}, description: {} } }),
        async (body) => {
          const res = await raw(env.baseUrl, 'POST', '/api/tickets', {
            token: w.admin.token,
            body: JSON.stringify(body),
          });
          if (res.status === 201) created++;
          else expect(res.status).toBe(400);
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
    expect(await ticketTotal()).toBe(before + created);
  });

  it('a body beyond the 1 MiB limit is refused with 413 PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const before = await ticketTotal();
    const huge = JSON.stringify({ subject: 'big', priority: 'low', description: 'x'.repeat(1_100_000) });
    for (const [path, token] of [
      ['/api/tickets', w.admin.token],
      [`/api/tickets/${w.ticketId}/messages`, w.admin.token],
      ['/api/auth/login', undefined],
      [`/api/channels/inbound/${w.tenantId}`, undefined],
    ] as const) {
      const res = await raw(env.baseUrl, 'POST', path, { body: huge, ...(token ? { token } : {}) });
      expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await ticketTotal()).toBe(before);
  });

  it('malformed JSON, a wrong content type and an empty body answer 4xx in the error shape', async () => {
    const before = await ticketTotal();
    for (const [body, type] of [
      ['{"subject": "x", ', 'application/json'],
      ['subject=x&priority=low', 'application/x-www-form-urlencoded'],
      ['<ticket/>', 'text/xml'],
      ['', 'application/json'],
      ['null', 'application/json'],
      ['[]', 'application/json'],
      ['"just a string"', 'application/json'],
    ]) {
      const res = await raw(env.baseUrl, 'POST', '/api/tickets', {
        token: w.admin.token,
        body: body as string,
        headers: { 'content-type': type as string },
      });
      expect(res.status, `${type} ${body}: ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(problemWith(res), `${type} ${body}`).toBeUndefined();
    }
    expect(await ticketTotal()).toBe(before);
  });

  it('LIKE wildcards and SQL in a search match themselves, not everything', async () => {
    // a tenant of its own, so the fuzzing above (which stores `%` in subjects) does not interfere
    const admin = await signupTenant(env.call, 'Like');
    const ticket = await env.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Plain subject', priority: 'low' },
    });
    expect(ticket.status).toBe(201);
    const total = async (path: string, q: string) => {
      const res = await raw(env.baseUrl, 'GET', `${path}?q=${encodeURIComponent(q)}`, { token: admin.token });
      expect(res.status, `${path}?q=${q}: ${res.text.slice(0, 200)}`).toBe(200);
      return res.body.meta.total as number;
    };
    expect(await total('/api/tickets', 'plain')).toBe(1);
    expect(await total('/api/agents/search', 'admin')).toBe(1);
    // (`_` alone is not asked of agents: their usernames really contain one)
    for (const q of ['%', '%_%', '\\', "' OR 1=1 --", '%%', '\\%', '*']) {
      expect(await total('/api/tickets', q), `tickets ?q=${q}`).toBe(0);
      expect(await total('/api/agents/search', q), `agents ?q=${q}`).toBe(0);
    }
    expect(await total('/api/tickets', '_')).toBe(0);
  });
});

/** A string with a NUL or a lone surrogate code point somewhere in it. */
const badCodePoint = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'),
    fc.string({ maxLength: 20 }),
  )
  .map((parts) => parts.join(''));
/** Invalid UTF-8 in a percent-encoding, or an encoded NUL, somewhere in an otherwise clean value. */
const badEncoding = fc
  .tuple(
    fc.string({ unit: 'grapheme-ascii', maxLength: 10 }).map(encodeURIComponent),
    fc.constantFrom(
      '%FF',
      '%C3%28',
      '%ED%A0%80',
      '%ED%BF%BF',
      '%E0%80%80',
      '%C0%AF',
      '%00',
      '%F8%88%80%80%80',
    ),
    fc.string({ unit: 'grapheme-ascii', maxLength: 10 }).map(encodeURIComponent),
  )
  .map((parts) => parts.join(''));
/** A bad code point where a field's value goes: itself, in an array, or in a nested object. */
const badField = fc.oneof(
  badCodePoint,
  fc.array(badCodePoint, { minLength: 1, maxLength: 2 }),
  fc.record({ x: badCodePoint }),
);

describe('the text edge rule on every route of the route table', () => {
  const snapshot = async () => ({
    tickets: await ticketTotal(),
    ticket: (await env.call('GET', `/api/tickets/${w.ticketId}`, { token: w.admin.token })).body,
    messages: (await env.call('GET', `/api/tickets/${w.ticketId}/messages`, { token: w.admin.token })).body,
    agent: (await env.call('GET', `/api/agents/${w.agent.id}`, { token: w.admin.token })).body,
    broadcasts: (await env.call('GET', '/api/broadcasts', { token: w.admin.token })).body.meta,
  });

  it('invalid percent-encodings, NUL and lone surrogates in every field, query parameter and path parameter are a 400 VALIDATION_FAILED and change nothing', async () => {
    const before = await snapshot();
    const problems: string[] = [];
    let requests = 0;
    const send = async (op: Operation, url: string, body?: unknown) => {
      const res = await raw(env.baseUrl, op.method, url, {
        token: w.admin.token,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      requests++;
      if (res.status !== 400 || res.body?.error?.code !== 'VALIDATION_FAILED' || !isErrorShape(res.body))
        problems.push(
          `${key(op)} ${url.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 120)} → ${res.status} ${res.text.slice(0, 200)}`,
        );
    };
    const property = (arb: fc.Arbitrary<string | unknown>, check: (value: any) => Promise<void>) =>
      fc.assert(
        fc.asyncProperty(arb, async (v) => {
          await check(v);
          return true;
        }),
        { seed: SEED, numRuns: 4 },
      );
    for (const op of operations) {
      const path = ownPath(op.path, w);
      for (const name of op.params.filter((p) => p.in === 'query').map((p) => p.name))
        await property(badEncoding, (bad) => send(op, `${path}?${encodeURIComponent(name)}=${bad}`));
      for (const name of op.path.match(/\{(\w+)\}/g) ?? [])
        await property(badEncoding, (bad) =>
          send(op, ownPath(op.path.replace(name, '__BAD__'), w).replace('__BAD__', bad)),
        );
      if (!op.hasBody) continue;
      const fields = Object.keys(op.bodySchema?.properties ?? op.bodySchema?.anyOf?.[0]?.properties ?? {});
      for (const field of fields.length > 0 ? fields : ['value'])
        await property(badField, (bad) => send(op, path, { [field]: bad }));
    }
    expect(requests).toBeGreaterThan(300);
    expect(problems.slice(0, 15), `${problems.length} bad answers`).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('markup is data', () => {
  it('HTML and script in a message body and subject are stored and returned byte for byte', async () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> \u202Eevil 😀 &amp; </textarea>';
    const ticket = await env.call('POST', '/api/tickets', {
      token: w.admin.token,
      body: { subject: evil, priority: 'low' },
    });
    expect(ticket.status).toBe(201);
    const message = await env.call('POST', `/api/tickets/${ticket.body.id}/messages`, {
      token: w.admin.token,
      body: { body: evil },
    });
    expect(message.status).toBe(201);
    const got = await env.call('GET', `/api/tickets/${ticket.body.id}/messages`, { token: w.admin.token });
    expect(got.body.data.map((m: { body: string }) => m.body)).toContain(evil);
    expect(
      (await env.call('GET', `/api/tickets/${ticket.body.id}`, { token: w.admin.token })).body.subject,
    ).toBe(evil);
  });

  it('the web app never injects raw HTML (it relies on React escaping)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|jsx?)$/.test(name)) files.push(path);
      }
    };
    walk(join(repoRoot, 'web/src'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('malformed socket events', () => {
  const pause = () => new Promise((r) => setTimeout(r, 100)); // under SOCKET_EVENTS_PER_SECOND (20)

  it('junk in join_ticket, typing, resume and authenticate is refused or ignored, and the socket keeps working', async () => {
    const client = await connectAuthenticated(env.baseUrl, { token: w.admin.token });
    const junk: unknown[] = [
      { $ne: null },
      'x'.repeat(4_000), // three of these in one event stay under SOCKET_MAX_PAYLOAD_BYTES (16 KiB)
      12345,
      null,
      [w.ticketId],
      '\u0000',
      '\uD800',
      "' OR 1=1 --",
      { ticketId: { nested: true } },
    ];
    for (const value of junk) {
      const answer = await client.socket
        .timeout(10_000)
        .emitWithAck('join_ticket', value)
        .catch(
          (err) =>
            `no answer to ${JSON.stringify(value)?.slice(0, 40)}: ${err} ${JSON.stringify(client.received).slice(-300)}`,
        );
      // NUL and lone surrogates break the text edge rule before any lookup (docs/security.md)
      const code = ['\u0000', '\uD800'].includes(value as string) ? 'VALIDATION_FAILED' : 'NOT_FOUND';
      expect(answer, JSON.stringify(value)?.slice(0, 50)).toMatchObject({ ok: false, error: { code } });
      for (const event of ['leave_ticket', 'typing_start', 'typing_stop', 'resume', 'authenticate']) {
        client.socket.emit(event, value);
        await pause();
        client.socket.emit(event, { ticketId: value, epoch: value, lastSeq: value });
        await pause();
      }
    }
    client.socket.emit('resume', { epoch: 'x'.repeat(8_000), lastSeq: -1e308 });
    client.socket.emit('no_such_event', 'x'.repeat(1000));
    await pause();
    // the socket is still served: a legitimate join works after all that
    const joined = await client.socket.timeout(10_000).emitWithAck('join_ticket', w.ticketId);
    expect(joined).toMatchObject({ ok: true });
    for (const error of client.of('error'))
      expect(['NOT_FOUND', 'VALIDATION_FAILED', 'RATE_LIMITED']).toContain(error.code);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('an event beyond the socket payload limit closes that socket only; the gateway stays healthy', async () => {
    const client = await connectAuthenticated(env.baseUrl, { token: w.admin.token });
    client.socket.emit('join_ticket', 'x'.repeat(100_000));
    await client.next('disconnect');
    expect((await raw(env.baseUrl, 'GET', '/healthz')).status).toBe(200);
    const fresh = await connectAuthenticated(env.baseUrl, { token: w.admin.token });
    expect(await fresh.socket.timeout(10_000).emitWithAck('join_ticket', w.ticketId)).toMatchObject({
      ok: true,
    });
    fresh.close();
  });

  it('a socket that authenticates with junk is refused with UNAUTHENTICATED and disconnected', async () => {
    for (const junk of [{ token: 1 }, '\uD800', null, 'not.a.jwt', '']) {
      const c: Client = connect(env.baseUrl, {});
      await new Promise<void>((r) => c.socket.once('connect', () => r()));
      c.socket.emit('authenticate', junk);
      expect(await c.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
      await c.next('disconnect');
      c.close();
    }
  });
});
