import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * A client written against reference/000 (OmniSync's queue-stats paths, NOTIFICATION jobs, help as
 * a conversation) and reference/002's versioning, driven through the gateway with real HTTP and
 * socket.io clients. The per-route limits are in reference-002-limits.test.ts (a stack of its own).
 */
const stack = sharedStack(inject('sharedStack'));
type User = { id: string; token: string };

let admin: TenantAdmin;
let supervisor: User;
let agent: User;
let otherAgent: User;
let elsewhere: TenantAdmin;
let elsewhereSupervisor: User;
let elsewhereAgent: User;
const tabs: Client[] = [];

const knownToPresence = (token: string, ids: string[]) =>
  waitFor('users known to presence', async () => {
    const res = await stack.call('GET', '/api/presence', { token });
    const known = new Set((res.body?.data ?? []).map((p: { agentId: string }) => p.agentId));
    return ids.every((id) => known.has(id));
  });
const tab = async (user: { token: string }) => {
  const client = await connectAuthenticated(stack.baseUrl, { token: user.token });
  tabs.push(client);
  return client;
};

beforeAll(async () => {
  [admin, elsewhere] = await Promise.all([
    signupTenant(stack.call, 'Omni'),
    signupTenant(stack.call, 'Else'),
  ]);
  supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
  agent = await createAgent(stack.call, admin);
  otherAgent = await createAgent(stack.call, admin);
  elsewhereSupervisor = await createAgent(stack.call, elsewhere, { role: 'supervisor' });
  elsewhereAgent = await createAgent(stack.call, elsewhere);
  await knownToPresence(admin.token, [supervisor.id, agent.id, otherAgent.id]);
  await knownToPresence(elsewhere.token, [elsewhereSupervisor.id, elsewhereAgent.id]);
});
afterAll(() => {
  for (const client of tabs) client.close();
});

describe('reference/000 queue-stats paths', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('each GET answers as its Switchboard equivalent', async () => {
    const pairs: [string, string, string][] = [
      ['/api/queue-stats', '/api/reports/dashboard', admin.token],
      [`/api/queue-stats/agent/${agent.id}`, `/api/reports/agents/${agent.id}`, supervisor.token],
      [
        `/api/queue-stats/agent/${agent.id}/report?period=weekly`,
        `/api/reports/agents/${agent.id}?period=weekly`,
        supervisor.token,
      ],
      [
        `/api/queue-stats/agent/${agent.id}/report?period=monthly`,
        `/api/reports/agents/${agent.id}?period=monthly`,
        agent.token,
      ],
      ['/api/queue-stats/jobs?page=1&limit=5', '/api/jobs?page=1&limit=5', admin.token],
      [
        '/api/queue-stats/sla/breaches?hours=24&page=1&limit=5',
        '/api/sla/breaches?hours=24&page=1&limit=5',
        admin.token,
      ],
      [`/api/queue-stats/agent/${otherAgent.id}/report`, `/api/reports/agents/${otherAgent.id}`, agent.token],
      ['/api/queue-stats/jobs?limit=500', '/api/jobs?limit=500', admin.token],
    ];
    // Read models still settling may change an answer between two reads: the pair must agree once.
    const same = (a: { status: number; body: unknown }, b: { status: number; body: unknown }) =>
      a.status === b.status && JSON.stringify(a.body) === JSON.stringify(b.body);
    for (const [alias, own, token] of pairs) {
      const answers = await waitFor(`${alias} answering as ${own}`, async () => {
        const a = await stack.call('GET', alias, { token });
        const b = await stack.call('GET', own, { token });
        return same(a, b) ? { a, b } : undefined;
      });
      if (!answers) throw new Error('unreachable');
      const { a, b } = answers;
      expect(a.body, alias).toEqual(b.body);
      expect(a.headers.get('api-version')).toBe('v1');
    }
  });

  it('the report export and email queue the same jobs, for the agent of the path', async () => {
    const exported = await stack.call('POST', `/api/queue-stats/agent/${agent.id}/report/export`, {
      token: supervisor.token,
      body: { from: today, to: today },
    });
    expect(exported.status, JSON.stringify(exported.body)).toBe(202);
    // Compared once it has settled: a running job moves between two reads.
    const viaAlias = await waitFor('the export done', async () => {
      const res = await stack.call('GET', `/api/queue-stats/jobs/${exported.body.jobId}`, {
        token: supervisor.token,
      });
      return res.body.status === 'COMPLETED' ? res : undefined;
    });
    const viaOwn = await stack.call('GET', `/api/jobs/${exported.body.jobId}`, { token: supervisor.token });
    expect(viaAlias?.body).toEqual(viaOwn.body);
    expect(viaOwn.body).toMatchObject({
      type: 'EXCEL_EXPORT',
      status: 'COMPLETED',
      payload: { report: 'agent', agentId: agent.id, from: today, to: today },
    });

    const emailed = await stack.call('POST', `/api/queue-stats/agent/${agent.id}/report/email`, {
      token: supervisor.token,
      body: { to: ['lead@example.com'], from: today },
    });
    expect(emailed.status, JSON.stringify(emailed.body)).toBe(202);
    const job = await stack.call('GET', `/api/jobs/${emailed.body.jobId}`, { token: supervisor.token });
    expect(job.body).toMatchObject({
      type: 'EMAIL_REPORT',
      payload: { report: 'agent', agentId: agent.id, recipients: ['lead@example.com'] },
    });

    // The same rules as the Switchboard routes: an agent exports only their own report.
    const refused = await stack.call('POST', `/api/queue-stats/agent/${otherAgent.id}/report/export`, {
      token: agent.token,
      body: { from: today, to: today },
    });
    expect(refused.status).toBe(403);
    const bad = await stack.call('POST', `/api/queue-stats/agent/${agent.id}/report/export`, {
      token: supervisor.token,
      body: { from: 'yesterday' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('SLA automation answers as POST /api/sla/automate, with its role rule', async () => {
    const alias = await stack.call('POST', '/api/queue-stats/sla/automate', { token: supervisor.token });
    const own = await stack.call('POST', '/api/sla/automate', { token: supervisor.token });
    expect(alias.status).toBe(own.status);
    expect(alias.body).toEqual(own.body);
    const byAgent = await stack.call('POST', '/api/queue-stats/sla/automate', { token: agent.token });
    expect(byAgent.status).toBe(403);
  });

  it('another tenant sees none of it', async () => {
    const jobs = await stack.call('GET', '/api/queue-stats/jobs', { token: admin.token });
    const someJob = jobs.body.data[0]?.id as string;
    expect(someJob).toBeDefined();
    const foreign = await stack.call('GET', `/api/queue-stats/jobs/${someJob}`, { token: elsewhere.token });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    const theirList = await stack.call('GET', '/api/queue-stats/jobs', { token: elsewhere.token });
    expect(theirList.body.data.map((j: { id: string }) => j.id)).not.toContain(someJob);
    const report = await stack.call('GET', `/api/queue-stats/agent/${agent.id}`, { token: elsewhere.token });
    expect(report.status).toBe(404);
  });
});

describe('a NOTIFICATION job', () => {
  it('reaches the agents’ sockets as a broadcast, its status moving like any job’s', async () => {
    const [supervisorTab, agentTab, elsewhereTab] = await Promise.all([
      tab(supervisor),
      tab(agent),
      tab(elsewhereAgent),
    ]);
    const queued = await stack.call('POST', '/api/jobs', {
      token: supervisor.token,
      body: { type: 'NOTIFICATION', message: 'Queue is long: skip breaks', audience: 'agents' },
    });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    const { jobId } = queued.body;
    const isOurs = (p: { message?: string }) => p.message === 'Queue is long: skip breaks';
    expect(await agentTab.next('broadcast', isOurs)).toMatchObject({
      senderId: supervisor.id,
      audience: { type: 'role', value: 'agent' },
    });

    const ofJob = (p: { jobId?: string }) => p.jobId === jobId;
    await supervisorTab.next('job_update', (p) => ofJob(p) && p.status === 'COMPLETED');
    expect(supervisorTab.of('job_update', ofJob).map((p) => p.status)).toEqual([
      'QUEUED',
      'PROCESSING',
      'COMPLETED',
    ]);
    const job = await stack.call('GET', `/api/queue-stats/jobs/${jobId}`, { token: supervisor.token });
    expect(job.body).toMatchObject({ type: 'NOTIFICATION', status: 'COMPLETED', attempts: 1 });
    const inbox = await stack.call('GET', '/api/broadcasts', { token: agent.token });
    expect(inbox.body.data.map((b: { message: string }) => b.message)).toContain(
      'Queue is long: skip breaks',
    );

    // The other tenant: a marker of its own arrives, ours never did.
    const marker = await stack.call('POST', '/api/broadcasts', {
      token: elsewhere.token,
      body: { message: 'marker elsewhere', audience: { type: 'all' } },
    });
    await elsewhereTab.next('broadcast', (p) => p.broadcastId === marker.body.id);
    expect(elsewhereTab.of('broadcast', isOurs)).toEqual([]);
    const theirInbox = await stack.call('GET', '/api/broadcasts', { token: elsewhereAgent.token });
    expect(theirInbox.body.data.map((b: { message: string }) => b.message)).not.toContain(
      'Queue is long: skip breaks',
    );
  });

  it('refuses a bad job with 400, and an agent with 403', async () => {
    const bad = await stack.call('POST', '/api/jobs', {
      token: supervisor.token,
      body: { type: 'NOTIFICATION', message: 'x', audience: 'everyone' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toMatch(/^body\.audience/);
    const byAgent = await stack.call('POST', '/api/jobs', {
      token: agent.token,
      body: { type: 'NOTIFICATION', message: 'x', audience: 'all' },
    });
    expect(byAgent.status).toBe(403);
  });
});

describe('a help request as a thread', () => {
  it('the agent and the supervisors write in it and both sides see it live; nobody else does', async () => {
    const [supervisorTab, agentTab, otherAgentTab, elsewhereTab] = await Promise.all([
      tab(supervisor),
      tab(agent),
      tab(otherAgent),
      tab(elsewhereSupervisor),
    ]);
    const asked = await stack.call('POST', '/api/help-requests', {
      token: agent.token,
      body: { message: 'Customer wants a refund' },
    });
    const id = asked.body.id as string;
    const path = `/api/help-requests/${id}/messages`;
    const inThread = (p: { helpRequestId?: string }) => p.helpRequestId === id;

    const fromAgent = await stack.call('POST', path, {
      token: agent.token,
      body: { body: 'Over 30 days old' },
    });
    expect(fromAgent.status, JSON.stringify(fromAgent.body)).toBe(201);
    const heard = await supervisorTab.next('help_message', inThread);
    expect(heard).toMatchObject({ authorId: agent.id, requesterId: agent.id, body: 'Over 30 days old' });
    await agentTab.next('help_message', inThread);

    const reply = await stack.call('POST', path, { token: supervisor.token, body: { body: 'Approve it' } });
    expect(reply.status).toBe(201);
    expect(await agentTab.next('help_message', (p) => inThread(p) && p.body === 'Approve it')).toMatchObject({
      authorId: supervisor.id,
      messageId: reply.body.id,
    });

    for (const token of [agent.token, supervisor.token, admin.token]) {
      const thread = await stack.call('GET', path, { token });
      expect(thread.body.data.map((m: { body: string }) => m.body)).toEqual([
        'Over 30 days old',
        'Approve it',
      ]);
    }
    for (const token of [otherAgent.token, elsewhere.token, elsewhereSupervisor.token]) {
      expect((await stack.call('GET', path, { token })).status).toBe(404);
      expect((await stack.call('POST', path, { token, body: { body: 'me too' } })).status).toBe(404);
    }

    // Markers after the thread's messages, in each stream: once they arrive, the thread would have.
    const marker = await stack.call('POST', '/api/broadcasts', {
      token: admin.token,
      body: { message: 'thread marker', audience: { type: 'all' } },
    });
    await otherAgentTab.next('broadcast', (p) => p.broadcastId === marker.body.id);
    expect(otherAgentTab.of('help_message', inThread)).toEqual([]);
    const elsewhereMarker = await stack.call('POST', '/api/broadcasts', {
      token: elsewhere.token,
      body: { message: 'thread marker elsewhere', audience: { type: 'all' } },
    });
    await elsewhereTab.next('broadcast', (p) => p.broadcastId === elsewhereMarker.body.id);
    expect(elsewhereTab.of('help_message')).toEqual([]);
  });
});

describe('reference/002 versioning', () => {
  it('honours Accept-Version: v1, refuses v2 with 400 naming v1, and always says API-Version: v1', async () => {
    const v1 = await stack.call('GET', '/api/queue-stats', {
      token: admin.token,
      headers: { 'accept-version': 'v1' },
    });
    expect(v1.status).toBe(200);
    expect(v1.headers.get('api-version')).toBe('v1');
    const v2 = await stack.call('GET', '/api/agents', {
      token: admin.token,
      headers: { 'accept-version': 'v2' },
    });
    expect(v2.status).toBe(400);
    expect(v2.headers.get('api-version')).toBe('v1');
    expect(v2.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'headers.accept-version', message: 'must be one of: v1' }],
    });
    const refusedWrite = await stack.call('POST', '/api/broadcasts', {
      token: admin.token,
      headers: { 'accept-version': '2' },
      body: { message: 'not in v2', audience: { type: 'all' } },
    });
    expect(refusedWrite.status).toBe(400);
    const sent = await stack.call('GET', '/api/broadcasts', { token: admin.token });
    expect(sent.body.data.map((b: { message: string }) => b.message)).not.toContain('not in v2');
    const anonymous = await stack.call('GET', '/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('api-version')).toBe('v1');
  });
});
