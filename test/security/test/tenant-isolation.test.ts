import { createHmac } from 'node:crypto';
import { type Client, connectAuthenticated, uploadFile, waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fill,
  key,
  type Member,
  type Operation,
  operationsOf,
  raw,
  secretsOf,
  seedTenant,
  sharedSuiteStack,
  tag,
  type World,
} from './support/world.js';

/*
 * Tenant isolation, generated from the gateway's own route table: every operation of the
 * merged OpenAPI document must be classified below, or the sweep fails. Tenant B (its admin,
 * the most privileged caller) presents tenant A's ids; docs/api.md §2 wants 404, never A's data,
 * never a 5xx.
 */

type Ctx = { a: World; b: World };
type Rule =
  /** The path names a resource by id: B presenting A's id gets `expect` (404), A's data untouched. */
  | { kind: 'foreign-id'; ids: (a: World) => Record<string, string>; body?: (c: Ctx) => unknown; as?: Role }
  /** A list or search: B's answer, with each query, carries none of A's ids or strings. */
  | { kind: 'list'; queries?: (a: World) => string[]; bare?: false; as?: Role }
  /** Acts on the caller's own tenant only (no id to present); the answer carries nothing of A. */
  | { kind: 'own'; body?: (c: Ctx) => unknown; as?: Role }
  /** A's id travels in the body: refused (`expect`), nothing of A in the answer. */
  | { kind: 'foreign-body'; body: (c: Ctx) => unknown; expect: number[]; as?: Role }
  /** No tenant in the caller: tested by a dedicated case in this file or in auth-attacks. */
  | { kind: 'special'; coveredBy: string };
type Role = 'admin' | 'agent' | 'supervisor';

const today = new Date().toISOString().slice(0, 10);
const agentId = (a: World) => ({ id: a.agent.id });
/** A file on tenant A's ticket, uploaded in beforeAll (an upload is multipart, not the JSON `call`). */
let attachmentIdOfA = '';

const rules: Record<string, Rule> = {
  'GET /api/agents': {
    kind: 'list',
    queries: (a) => [`?search=${a.marker}`, `?department=${a.marker}Dept`, '?status=inactive'],
  },
  'POST /api/agents': {
    kind: 'own',
    body: () => ({
      username: `iso_${tag()}`,
      email: `iso-${tag()}@example.com`,
      fullName: 'Iso Late',
      role: 'agent',
      department: 'Support',
      password: 'Passw0rdX',
    }),
  },
  'GET /api/agents/{id}': { kind: 'foreign-id', ids: agentId },
  'PUT /api/agents/{id}': { kind: 'foreign-id', ids: agentId, body: () => ({ fullName: 'Hijacked Name' }) },
  'DELETE /api/agents/{id}': { kind: 'foreign-id', ids: agentId },
  'GET /api/agents/{id}/activity': { kind: 'foreign-id', ids: agentId },
  'GET /api/agents/{id}/performance': { kind: 'foreign-id', ids: agentId },
  'PUT /api/agents/{id}/status': { kind: 'foreign-id', ids: agentId, body: () => ({ status: 'away' }) },
  'PUT /api/agents/bulk': {
    kind: 'foreign-body',
    body: ({ a }) => ({ agentIds: [a.agent.id], updates: { department: 'Hijacked' } }),
    expect: [200, 400, 404],
  },
  'GET /api/agents/search': {
    kind: 'list',
    bare: false,
    queries: (a) => [`?q=${a.marker}`, `?q=${a.agent.id}`],
  },
  'GET /api/agents/stats': { kind: 'own' },
  'GET /api/attachments/{id}': { kind: 'foreign-id', ids: () => ({ id: attachmentIdOfA }) },
  // Tenant A's admin made changes (its supervisor and agent): B's log, filtered on them, is empty.
  'GET /api/audit': { kind: 'list', queries: (a) => [`?actorId=${a.admin.id}`, '?targetType=user'] },
  'GET /api/audit/export': { kind: 'list', queries: (a) => [`?actorId=${a.admin.id}`] },
  'GET /api/assignment/agents/{id}': { kind: 'foreign-id', ids: agentId },
  'PUT /api/assignment/agents/{id}': { kind: 'foreign-id', ids: agentId, body: () => ({ capacity: 1 }) },
  'GET /api/assignment/settings': { kind: 'own' },
  'PUT /api/assignment/settings': {
    kind: 'own',
    body: () => ({ enabled: true, defaultCapacity: 3, reassignAfterMinutes: null, categoryDepartments: {} }),
  },
  'GET /api/auth/.well-known/jwks.json': { kind: 'special', coveredBy: 'public key set, no tenant data' },
  'POST /api/auth/login': { kind: 'special', coveredBy: 'a login names its tenant (this file)' },
  'POST /api/auth/logout': { kind: 'special', coveredBy: 'opaque refresh token (auth-attacks)' },
  'POST /api/auth/refresh': { kind: 'special', coveredBy: 'opaque refresh token (auth-attacks)' },
  'POST /api/auth/signup': { kind: 'special', coveredBy: 'creates a new tenant' },
  'GET /api/auth/me': { kind: 'own' },
  'POST /api/broadcasts': { kind: 'own', body: () => ({ message: 'hello B', audience: { type: 'all' } }) },
  'GET /api/broadcasts': { kind: 'list' },
  'POST /api/broadcasts/{id}/ack': { kind: 'foreign-id', ids: (a) => ({ id: a.broadcastId }) },
  'GET /api/ai/settings': { kind: 'own' },
  'PUT /api/ai/settings': {
    kind: 'own',
    body: () => ({
      enabled: false,
      provider: 'local',
      autoApply: { category: false, priority: false },
      autoApplyMinConfidence: 0.8,
    }),
  },
  // ids are required: no bare call, and A's ticket id among them answers nothing of A.
  'GET /api/ai/tickets': { kind: 'list', bare: false, queries: (a) => [`?ids=${a.ticketId}`] },
  'GET /api/channels': { kind: 'own' },
  'POST /api/channels/inbound/{tenantId}': { kind: 'special', coveredBy: 'signed webhooks (this file)' },
  'POST /api/channels/status/{tenantId}': { kind: 'special', coveredBy: 'signed webhooks (this file)' },
  'POST /api/channels/rotate-secret': { kind: 'own' },
  'PUT /api/channels': { kind: 'own', body: () => ({ callbackUrl: 'https://hooks.example.com/b' }) },
  'POST /api/csat/{token}': { kind: 'special', coveredBy: 'capability token (this file)' },
  'GET /api/csat/{token}': { kind: 'special', coveredBy: 'capability token (this file)' },
  'POST /api/help-requests': {
    kind: 'foreign-body',
    as: 'agent',
    body: ({ a }) => ({ ticketId: a.ticketId, message: 'about your ticket' }),
    expect: [400, 404],
  },
  'GET /api/canned-responses': { kind: 'list', queries: (a) => [`?q=${a.marker}`, '?q=canned'] },
  'POST /api/canned-responses': {
    kind: 'own',
    body: () => ({ shortCode: `iso-${tag()}`, title: 'B title', body: 'B body', scope: 'tenant' }),
  },
  'PATCH /api/canned-responses/{id}': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.cannedId }),
    body: () => ({ title: 'Hijacked' }),
  },
  'DELETE /api/canned-responses/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.cannedId }) },
  'GET /api/tickets/{id}/canned-responses/{cannedId}/rendered': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId, cannedId: a.cannedId }),
  },
  'GET /api/customers': { kind: 'list', queries: (a) => [`?q=${a.marker}`, '?q=customer.example.com'] },
  'POST /api/customers': {
    kind: 'own',
    body: () => ({ name: 'B customer', email: `b-${tag()}@example.com` }),
  },
  'GET /api/customers/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.customerId }) },
  'PATCH /api/customers/{id}': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.customerId }),
    body: () => ({ name: 'Hijacked', attributes: { owned: true } }),
  },
  'GET /api/customers/{id}/tickets': { kind: 'foreign-id', ids: (a) => ({ id: a.customerId }) },
  // A's customer folded into B's own: 404, A's tickets stay A's.
  'POST /api/customers/{id}/merge': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.customerId }),
    body: ({ b }) => ({ intoCustomerId: b.customerId }),
  },
  'GET /api/help-requests': { kind: 'list' },
  'GET /api/tags': { kind: 'list' },
  'GET /api/macros': { kind: 'list' },
  'POST /api/macros': {
    kind: 'own',
    body: () => ({ name: `B macro ${tag()}`, actions: [{ type: 'set_priority', value: 'low' }] }),
  },
  'PATCH /api/macros/{id}': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.macroId }),
    body: () => ({ name: 'Hijacked macro' }),
  },
  'DELETE /api/macros/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.macroId }) },
  'POST /api/help-requests/{id}/accept': { kind: 'foreign-id', ids: (a) => ({ id: a.helpId }) },
  'POST /api/help-requests/{id}/resolve': { kind: 'foreign-id', ids: (a) => ({ id: a.helpId }) },
  'GET /api/help-requests/{id}/messages': { kind: 'foreign-id', ids: (a) => ({ id: a.helpId }) },
  'POST /api/help-requests/{id}/messages': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.helpId }),
    body: () => ({ body: 'written into your thread' }),
  },
  'POST /api/jobs': {
    kind: 'own',
    body: () => ({ type: 'NOTIFICATION', message: 'hello B', audience: 'all' }),
  },
  'GET /api/jobs': { kind: 'list', queries: () => ['?type=EXCEL_EXPORT'] },
  'GET /api/jobs/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.jobId }) },
  'GET /api/jobs/{id}/download': { kind: 'foreign-id', ids: (a) => ({ id: a.jobId }) },
  'POST /api/jobs/{id}/retry': { kind: 'foreign-id', ids: (a) => ({ id: a.jobId }) },
  // An inbox is its owner's alone: B's admin lists only B's own, and reads none of A's.
  'GET /api/notifications': { kind: 'list', queries: () => ['?unread=true'] },
  'POST /api/notifications/read-all': { kind: 'own' },
  'POST /api/notifications/{id}/read': { kind: 'foreign-id', ids: (a) => ({ id: a.notificationId }) },
  'GET /api/presence': { kind: 'list' },
  'GET /api/reports/agents/{id}': { kind: 'foreign-id', ids: agentId },
  'GET /api/reports/dashboard': { kind: 'own' },
  'POST /api/reports/email': {
    kind: 'foreign-body',
    body: ({ a }) => ({
      to: ['boss@example.com'],
      report: 'agent',
      from: today,
      to_: today,
      agentId: a.agent.id,
    }),
    expect: [400, 404],
  },
  'POST /api/reports/export': {
    kind: 'foreign-body',
    body: ({ a }) => ({ report: 'agent', from: today, to: today, agentId: a.agent.id }),
    expect: [400, 404],
  },
  'POST /api/reports/rebuild': { kind: 'own' },
  'POST /api/reports/schedules': {
    kind: 'foreign-body',
    body: ({ a }) => ({
      report: 'agent',
      frequency: 'weekly',
      recipients: ['x@example.com'],
      agentId: a.agent.id,
    }),
    expect: [400, 404],
  },
  'GET /api/reports/schedules': { kind: 'list' },
  'DELETE /api/reports/schedules/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.scheduleId }) },
  'GET /api/reports/team': { kind: 'own' },
  'GET /api/reports/trends': { kind: 'own' },
  'GET /api/sessions': { kind: 'list', queries: (a) => [`?agentId=${a.agent.id}`] },
  'GET /api/sessions/attendance': {
    kind: 'list',
    bare: false,
    queries: (a) => [`?from=${today}&to=${today}`, `?from=${today}&to=${today}&agentId=${a.agent.id}`],
  },
  'POST /api/sessions/clock-in': { kind: 'own', as: 'agent' },
  'POST /api/sessions/break/start': { kind: 'own', as: 'agent', body: () => ({ reason: 'tea' }) },
  'POST /api/sessions/break/end': { kind: 'own', as: 'agent' },
  'POST /api/sessions/on-call/start': { kind: 'own', as: 'agent' },
  'POST /api/sessions/on-call/end': { kind: 'own', as: 'agent' },
  'POST /api/sessions/clock-out': { kind: 'own', as: 'agent' },
  'GET /api/sessions/settings': { kind: 'own' },
  'PUT /api/sessions/settings': { kind: 'own', body: () => ({ timeZone: 'UTC' }) },
  'POST /api/sla/automate': { kind: 'own' },
  'GET /api/sla/breaches': { kind: 'list' },
  'GET /api/sla/calendar': { kind: 'own' },
  'PUT /api/sla/calendar': { kind: 'own', body: () => ({ timeZone: 'UTC' }) },
  'GET /api/sla/policies': { kind: 'own' },
  'POST /api/sla/policies': {
    kind: 'own',
    body: () => ({ priority: 'low', firstResponseMinutes: 60, resolutionMinutes: 600 }),
  },
  'PUT /api/sla/policies': {
    kind: 'own',
    body: () => ({ priority: 'low', firstResponseMinutes: 61, resolutionMinutes: 601 }),
  },
  'POST /api/tickets': { kind: 'own', body: () => ({ subject: 'B ticket', priority: 'low' }) },
  'GET /api/tickets': {
    kind: 'list',
    queries: (a) => [
      `?q=${a.marker}`,
      `?assigneeId=${a.agent.id}`,
      `?category=${a.marker}cat`,
      `?q=${a.ticketId}`,
      `?tag=${a.marker.toLowerCase()}-tag`,
      '?q=%231',
    ],
  },
  'POST /api/tickets/{id}/macros/{macroId}': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId, macroId: a.macroId }),
  },
  'PUT /api/tickets/{id}/tags': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId }),
    body: () => ({ tags: ['hijacked'] }),
  },
  'GET /api/tickets/{id}': { kind: 'foreign-id', ids: (a) => ({ id: a.ticketId }) },
  'PATCH /api/tickets/{id}': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId }),
    body: () => ({ priority: 'low' }),
  },
  'POST /api/tickets/{id}/assign': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId }),
    body: ({ b }) => ({ agentId: b.agent.id }),
  },
  'GET /api/tickets/{id}/history': { kind: 'foreign-id', ids: (a) => ({ id: a.ticketId }) },
  // A's ticket merged into B's own: 404, A's conversation stays A's (the reverse: ticket-merge.test.ts).
  'POST /api/tickets/{id}/merge': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId }),
    body: ({ b }) => ({ intoTicketId: b.ticketId }),
  },
  // No body: a foreign ticket is refused before any file is read.
  'POST /api/tickets/{id}/attachments': { kind: 'foreign-id', ids: (a) => ({ id: a.ticketId }) },
  'GET /api/tickets/{id}/ai': { kind: 'foreign-id', ids: (a) => ({ id: a.ticketId }) },
  'GET /api/tickets/{id}/messages': { kind: 'foreign-id', ids: (a) => ({ id: a.ticketId }) },
  'POST /api/tickets/{id}/messages': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId }),
    body: () => ({ body: 'injected by B' }),
  },
  'POST /api/tickets/{id}/messages/{messageId}/read': {
    kind: 'foreign-id',
    ids: (a) => ({ id: a.ticketId, messageId: a.messageId }),
  },
};

const env = sharedSuiteStack(inject('sharedStack'));
let a: World;
let b: World;
let operations: Operation[];
const secretsOfA = () => secretsOf(a);
beforeAll(async () => {
  [a, b] = await Promise.all([seedTenant(env.call, `Alpha${tag()}`), seedTenant(env.call, `Bravo${tag()}`)]);
  operations = await operationsOf(env.call);
  const file = { bytes: Buffer.from(`${a.marker} file`), type: 'text/plain', name: `${a.marker}.txt` };
  attachmentIdOfA = (await uploadFile(env.baseUrl, a.admin.token, a.ticketId, file)).body.id;
});

/** `sha256=<hex>` HMAC of the raw body, as a channel provider signs it (docs/api.md §4.6). */
const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const memberOf = (w: World, role: Role = 'admin'): Member => w[role];
/** Fails with the offending text when the answer mentions anything of tenant A. */
function expectNothingOfA(what: string, text: string, extra: string[] = []) {
  const leaked = [...secretsOfA(), ...extra].filter((s) => text.includes(s));
  expect(leaked, `${what} leaked tenant A's ${leaked.join(', ')}: ${text.slice(0, 400)}`).toEqual([]);
}

describe('every route of the gateway, called by tenant B with tenant A’s ids', () => {
  it('every documented operation is classified by a rule (a new route must be added here)', () => {
    const unclassified = operations.map(key).filter((k) => !rules[k]);
    expect(unclassified, 'routes without a tenant-isolation rule').toEqual([]);
    const stale = Object.keys(rules).filter((k) => !operations.some((op) => key(op) === k));
    expect(stale, 'rules for routes the gateway no longer documents').toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('an id of tenant A answers 404 to tenant B on every id-bearing path, never 2xx or 5xx', async () => {
    const results: string[] = [];
    for (const op of operations) {
      const rule = rules[key(op)];
      if (rule?.kind !== 'foreign-id') continue;
      const path = fill(op.path, rule.ids(a));
      const body = rule.body?.({ a, b });
      const res = await raw(env.baseUrl, op.method, path, {
        token: memberOf(b, rule.as).token,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      if (res.status !== 404 || res.body?.error?.code !== 'NOT_FOUND')
        results.push(`${key(op)} → ${res.status} ${res.text.slice(0, 200)}`);
      expectNothingOfA(key(op), res.text.replaceAll(path, ''));
    }
    expect(results, 'operations answering something other than 404 NOT_FOUND').toEqual([]);
  });

  it('lists and searches of tenant B carry none of tenant A’s ids or strings', async () => {
    for (const op of operations) {
      const rule = rules[key(op)];
      if (rule?.kind !== 'list') continue;
      for (const query of [...(rule.bare === false ? [] : ['']), ...(rule.queries?.(a) ?? [])]) {
        const res = await raw(env.baseUrl, 'GET', `${op.path}${query}`, {
          token: memberOf(b, rule.as).token,
        });
        expect(res.status, `${key(op)}${query}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
        expect([200, 404], `${key(op)}${query}: ${res.text.slice(0, 300)}`).toContain(res.status);
        expectNothingOfA(`${key(op)}${query}`, res.text);
      }
    }
  });

  it('a foreign id inside a body is refused and nothing of tenant A comes back', async () => {
    for (const op of operations) {
      const rule = rules[key(op)];
      if (rule?.kind !== 'foreign-body') continue;
      const body = JSON.stringify(rule.body({ a, b })).replace('"to_"', '"to"');
      const res = await raw(env.baseUrl, op.method, op.path, { token: memberOf(b, rule.as).token, body });
      expect(rule.expect, `${key(op)}: ${res.status} ${res.text.slice(0, 300)}`).toContain(res.status);
      if (res.status === 200) {
        // a bulk update answers per agent: A's agent is an error, nothing updated
        expect(res.body).toMatchObject({ updated: 0 });
        expect(res.body.errors?.[0]?.code).toBe('NOT_FOUND');
      }
      expectNothingOfA(key(op), res.text.replaceAll(a.agent.id, '').replaceAll(a.ticketId, ''));
    }
    // tenant B's own ticket given to tenant A's agent
    const assign = await raw(env.baseUrl, 'POST', `/api/tickets/${b.ticketId}/assign`, {
      token: b.admin.token,
      body: JSON.stringify({ agentId: a.agent.id }),
    });
    expect([400, 404, 409]).toContain(assign.status);
    // tenant B's own ticket with tenant A's message id
    const read = await raw(env.baseUrl, 'POST', `/api/tickets/${b.ticketId}/messages/${a.messageId}/read`, {
      token: b.admin.token,
    });
    expect(read.status).toBe(404);
  });

  it('operations on the caller’s own tenant answer nothing of tenant A and never a 5xx', async () => {
    for (const op of operations) {
      const rule = rules[key(op)];
      if (rule?.kind !== 'own') continue;
      const body = rule.body?.({ a, b });
      const res = await raw(env.baseUrl, op.method, op.path, {
        token: memberOf(b, rule.as).token,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, `${key(op)}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
      expectNothingOfA(key(op), res.text);
    }
  });

  it('after all of that, tenant A’s data is exactly as it was', async () => {
    const ticket = await env.call('GET', `/api/tickets/${a.ticketId}`, { token: a.admin.token });
    expect(ticket.body).toMatchObject({ priority: 'high', assigneeId: a.agent.id });
    const messages = await env.call('GET', `/api/tickets/${a.ticketId}/messages`, { token: a.admin.token });
    expect(JSON.stringify(messages.body)).not.toContain('injected by B');
    const agent = await env.call('GET', `/api/agents/${a.agent.id}`, { token: a.admin.token });
    expect(agent.body).toMatchObject({
      isActive: true,
      fullName: `${a.marker} Agent`,
      department: `${a.marker}Dept`,
    });
    const schedules = await env.call('GET', '/api/reports/schedules', { token: a.admin.token });
    expect(JSON.stringify(schedules.body)).toContain(a.scheduleId);
    const job = await env.call('GET', `/api/jobs/${a.jobId}`, { token: a.admin.token });
    expect(job.status).toBe(200);
  });
});

describe('routes that carry no caller tenant', () => {
  it('tenant A’s inbound webhook signed with tenant B’s secret is refused, and with A’s own accepted', async () => {
    const [secretA, secretB] = await Promise.all(
      [a, b].map(
        async (w) => (await env.call('GET', '/api/channels', { token: w.admin.token })).body.secret as string,
      ),
    );
    expect(secretA).not.toBe(secretB);
    const payload = JSON.stringify({
      externalId: `ext-${tag()}`,
      from: { name: 'Mallory', phone: '+15550100' },
      text: 'Hello from a forged webhook',
      timestamp: new Date().toISOString(),
    });
    const send = (kind: string, tenantId: string, body: string, secret = '') =>
      raw(env.baseUrl, 'POST', `/api/channels/${kind}/${tenantId}`, {
        body,
        headers: { 'x-signature': signatureOf(secret, body) },
      });
    const forged = await send('inbound', a.tenantId, payload, secretB);
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHENTICATED');
    const status = JSON.stringify({ externalId: 'anything', status: 'read' });
    expect((await send('status', a.tenantId, status, secretB)).status).toBe(401);
    const tickets = await env.call('GET', '/api/tickets?q=forged', { token: a.admin.token });
    expect(tickets.body.meta.total).toBe(0);
    // an unknown tenant id is refused the same way, whatever the signature
    expect((await send('inbound', '00000000-0000-7000-8000-000000000000', payload, secretB)).status).toBe(
      401,
    );
    // and the genuine one goes through, so the refusal above is about the secret
    expect((await send('inbound', a.tenantId, payload, secretA)).status).toBeLessThan(300);
  });

  it('a CSAT token is a capability: an unknown one answers 404 whoever asks', async () => {
    for (const token of [undefined, b.admin.token]) {
      const res = await raw(env.baseUrl, 'POST', `/api/csat/${'x'.repeat(32)}`, {
        body: JSON.stringify({ rating: 5 }),
        ...(token ? { token } : {}),
      });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      const page = await raw(env.baseUrl, 'GET', `/api/csat/${'x'.repeat(32)}`, token ? { token } : {});
      expect([page.status, page.body.error.code]).toEqual([404, 'NOT_FOUND']);
    }
  });
});

describe('sockets', () => {
  let socketA: Client;
  let socketB: Client;
  afterAll(() => {
    socketA?.close();
    socketB?.close();
  });

  it('tenant B cannot join tenant A’s ticket room', async () => {
    socketB = await connectAuthenticated(env.baseUrl, { token: b.admin.token });
    const answer = await socketB.socket.timeout(10_000).emitWithAck('join_ticket', a.ticketId);
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    socketB.socket.emit('join_ticket', a.ticketId);
    expect(await socketB.next('error')).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tenant B receives none of tenant A’s events during a burst of A’s activity', async () => {
    socketA = await connectAuthenticated(env.baseUrl, { token: a.admin.token });
    socketB ??= await connectAuthenticated(env.baseUrl, { token: b.admin.token });
    await socketA.socket.timeout(10_000).emitWithAck('join_ticket', a.ticketId);
    const ticket = await env.call('POST', '/api/tickets', {
      token: a.admin.token,
      body: { subject: `${a.marker} burst ticket`, priority: 'urgent' },
    });
    await env.call('POST', `/api/tickets/${a.ticketId}/messages`, {
      token: a.admin.token,
      body: { body: `${a.marker} burst message` },
    });
    const agent = await env.call('POST', '/api/agents', {
      token: a.admin.token,
      body: {
        username: `burst_${tag()}`,
        email: `burst-${tag()}@example.com`,
        fullName: `${a.marker} Burst`,
        role: 'agent',
        department: 'Support',
        password: 'Passw0rdX',
      },
    });
    await env.call('POST', '/api/broadcasts', {
      token: a.admin.token,
      body: { message: `${a.marker} burst broadcast`, audience: { type: 'all' } },
    });
    const job = await env.call('POST', '/api/reports/export', {
      token: a.admin.token,
      body: { report: 'tickets', from: today, to: today },
    });
    // tenant A's own socket sees each kind, so the burst did reach the sockets
    for (const name of [
      'ticket_created',
      'new_message',
      'agent_created',
      'broadcast',
      'metrics_update',
      'job_update',
    ]) {
      await socketA.next(name, undefined, 30_000);
    }
    await waitFor(
      'A sees its export job',
      () => socketA.of('job_update', (p) => p.id === job.body.jobId || p.jobId === job.body.jobId)[0],
      30_000,
    );
    const seenByB = JSON.stringify(socketB.received);
    expectNothingOfA('tenant B’s socket', seenByB, [ticket.body.id, agent.body.id, job.body.jobId]);
    expect(socketB.received.filter((r) => r.payload?.tenantId === a.tenantId)).toEqual([]);
  });
});
