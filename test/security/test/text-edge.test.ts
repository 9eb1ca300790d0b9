import { connectAuthenticated } from '@switchboard/testing';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isErrorShape, raw, seedTenant, sharedSuiteStack, type World } from './support/world.js';

/*
 * Issue 15 item 5: one edge rule for text. Invalid UTF-8 in a percent-encoding, NUL and lone
 * surrogates answer 400 VALIDATION_FAILED in the docs/api.md §2 error shape — from the gateway (the public
 * edge) and from each service itself (the HTTP kit) — never a 5xx, never rewritten to U+FFFD.
 */

const env = sharedSuiteStack(inject('sharedStack'));
let w: World;
beforeAll(async () => {
  w = await seedTenant(env.call, `Edge${Date.now().toString(36)}`);
});

const badEncodings = ['%FF', '%C3%28', '%ED%A0%80', '%00', 'a%00b'];

function expectRefused(res: Awaited<ReturnType<typeof raw>>, what: string) {
  expect([res.status, res.body?.error?.code], `${what}: ${res.text.slice(0, 200)}`).toEqual([
    400,
    'VALIDATION_FAILED',
  ]);
  expect(isErrorShape(res.body), what).toBe(true);
}

const ticketTotal = async () =>
  (await env.call('GET', '/api/tickets?limit=1', { token: w.admin.token })).body.meta.total as number;

describe('the text edge rule over HTTP', () => {
  it('invalid percent-encodings and NUL in a path or query are a 400, from the gateway and from each service', async () => {
    const services = env.stack?.urls;
    const targets: [string, string, string][] = [
      [env.baseUrl, '/api/tickets?q=', 'gateway'],
      [env.baseUrl, '/api/agents/search?q=', 'gateway'],
      [env.baseUrl, '/api/help-requests?status=', 'gateway'],
      [env.baseUrl, '/api/tickets/', 'gateway path'],
      ...(services
        ? ([
            [services.TICKETS_URL, '/api/tickets?q=', 'tickets'],
            [services.AUTH_URL, '/api/agents/search?q=', 'auth'],
            [services.PRESENCE_URL, '/api/presence?x=', 'presence'],
            [services.REPORTING_URL, '/api/jobs?type=', 'reporting'],
            [services.TICKETS_URL, '/api/tickets/', 'tickets path'],
          ] as [string, string, string][])
        : []),
    ];
    for (const [base, path, who] of targets)
      for (const bad of badEncodings)
        expectRefused(
          await raw(base, 'GET', `${path}${bad}`, { token: w.admin.token }),
          `${who} ${path}${bad}`,
        );
  });

  it('NUL and lone surrogates in JSON bodies are a 400 and store nothing', async () => {
    const before = await ticketTotal();
    const bodies: [string, string, unknown][] = [
      ['POST', '/api/tickets', { subject: 'a\u0000b', priority: 'low' }],
      ['POST', '/api/tickets', { subject: 'fine', priority: 'low', tags: ['x\uD800'] }],
      ['PATCH', `/api/tickets/${w.ticketId}`, { subject: 'x\uDFFFy' }],
      ['POST', '/api/broadcasts', { message: 'hi \uD800', audience: { type: 'all' } }],
      ['POST', '/api/help-requests', { message: '\u0000' }],
      ['POST', `/api/tickets/${w.ticketId}/messages`, { body: 'note\uD83D' }],
      ['POST', '/api/tickets', { 'sub\u0000ject': 'x', subject: 'y', priority: 'low' }],
    ];
    for (const [method, path, body] of bodies)
      expectRefused(
        await raw(env.baseUrl, method, path, { token: w.admin.token, body: JSON.stringify(body) }),
        `${method} ${path} ${JSON.stringify(body)}`,
      );
    expect(await ticketTotal()).toBe(before);
    const ticket = await env.call('GET', `/api/tickets/${w.ticketId}`, { token: w.admin.token });
    expect(ticket.body.subject).toBe(`${w.marker} printer on fire`);
  });

  it('invalid UTF-8 bytes in a JSON body are a 400, not rewritten to U+FFFD', async () => {
    const before = await ticketTotal();
    const body = Buffer.concat([
      Buffer.from('{"subject":"caf'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","priority":"low"}'),
    ]);
    const targets = [env.baseUrl, ...(env.stack ? [env.stack.urls.TICKETS_URL] : [])];
    for (const base of targets)
      expectRefused(await raw(base, 'POST', '/api/tickets', { token: w.admin.token, body }), base);
    expect(await ticketTotal()).toBe(before);
  });

  it('well-formed text passes: emoji (surrogate pairs) and percent-encoded UTF-8 are accepted', async () => {
    const ok = await raw(env.baseUrl, 'GET', `/api/tickets?q=${encodeURIComponent('café 😀')}`, {
      token: w.admin.token,
    });
    expect(ok.status).toBe(200);
    const created = await raw(env.baseUrl, 'POST', '/api/tickets', {
      token: w.admin.token,
      body: JSON.stringify({ subject: 'caf\u00e9 \uD83D\uDE00', priority: 'low' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.subject).toBe('café 😀');
  });
});

describe('the text edge rule on sockets', () => {
  it('a client event carrying NUL or a lone surrogate gets VALIDATION_FAILED, in the ack or as an error', async () => {
    const client = await connectAuthenticated(env.baseUrl, { token: w.admin.token });
    for (const bad of ['a\u0000', '\uD800', `${w.ticketId}\u0000`]) {
      const answer = await client.socket.timeout(10_000).emitWithAck('join_ticket', bad);
      expect(answer, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    client.socket.emit('typing_start', { ticketId: 'x\uDFFF' });
    expect(await client.next('error')).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await client.socket.timeout(10_000).emitWithAck('join_ticket', w.ticketId)).toEqual({ ok: true });
    client.close();
  });
});
