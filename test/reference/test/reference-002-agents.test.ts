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
 * A client of reference/002 (the agent management backend plan), through the gateway: the agent
 * object's performance fields and their filter, agent_activity and performance_update on
 * sockets, and agent lists that are cached yet never stale after a write.
 */
const stack = sharedStack(inject('sharedStack'));
const call = stack.call;

let admin: TenantAdmin;
let agent: { id: string; token: string };
let other: TenantAdmin;
const sockets: Client[] = [];
const socketOf = async (token: string) => {
  const client = await connectAuthenticated(stack.baseUrl, { token });
  sockets.push(client);
  return client;
};
let staffSocket: Client;
let agentSocket: Client;
let colleagueSocket: Client;
let otherTenantSocket: Client;

beforeAll(async () => {
  admin = await signupTenant(call, 'Reference 002');
  agent = await createAgent(call, admin);
  const colleague = await createAgent(call, admin);
  other = await signupTenant(call, 'Reference 002 other');
  [staffSocket, agentSocket, colleagueSocket, otherTenantSocket] = await Promise.all([
    socketOf(admin.token),
    socketOf(agent.token),
    socketOf(colleague.token),
    socketOf(other.token),
  ]);
});
afterAll(() => {
  for (const s of sockets) s.close();
});

const agentObject = async (token = admin.token) =>
  (await call('GET', `/api/agents/${agent.id}`, { token })).body;

describe('reference/002 through the gateway', () => {
  it('sends each activity-log line as agent_activity to the staff and the agent, nobody else', async () => {
    expect((await call('POST', '/api/sessions/clock-in', { token: agent.token })).status).toBe(200);
    const isLogin = (p: { agentId: string; type: string }) => p.agentId === agent.id && p.type === 'login';
    const line = await staffSocket.next('agent_activity', isLogin);
    expect(line).toMatchObject({
      id: expect.any(String),
      agentId: agent.id,
      type: 'login',
      description: 'Clocked in',
      timestamp: expect.any(String),
      metadata: expect.any(Object),
    });
    expect((await agentSocket.next('agent_activity', isLogin)).id).toBe(line.id);
    // The same line the timeline lists.
    const timeline = (await call('GET', `/api/agents/${agent.id}/activity`, { token: admin.token })).body;
    const { id, agentId, type, description, timestamp, metadata } = line;
    expect(timeline.data).toContainEqual({ id, agentId, type, description, timestamp, metadata });
  });

  it('carries the performance fields, announces their changes as performance_update, and filters on the level', async () => {
    const ticket = await call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Refund please', description: 'Order 42', priority: 'medium' },
    });
    expect(ticket.status).toBe(201);
    const assigned = await call('POST', `/api/tickets/${ticket.body.id}/assign`, {
      token: admin.token,
      body: { agentId: agent.id },
    });
    expect(assigned.status).toBe(200);
    const reply = await call('POST', `/api/tickets/${ticket.body.id}/messages`, {
      token: agent.token,
      body: { body: 'Refund on its way' },
    });
    expect(reply.status).toBe(201);

    const update = await staffSocket.next(
      'performance_update',
      (p) => p.agentId === agent.id && p.metric === 'messagesHandledToday' && p.value === 1,
      30_000,
    );
    expect(update).toMatchObject({ agentId: agent.id, metric: 'messagesHandledToday', value: 1 });
    expect(Date.parse(update.timestamp)).not.toBeNaN();
    await agentSocket.next('performance_update', (p) => p.agentId === agent.id);

    // Reporting's numbers reach the agent object (a fast first reply, no resolution yet: high).
    await waitFor('performance kept', async () => (await agentObject()).performanceLevel === 'high', 30_000);
    expect(await agentObject()).toMatchObject({
      lastLoginAt: expect.any(String),
      avatar: null,
      currentTickets: 1,
      totalTicketsHandled: 1,
      avgResponseTime: expect.any(Number),
      customerSatisfaction: null,
      ticketsResolvedToday: 0,
      messagesHandledToday: 1,
      onlineHoursToday: expect.any(Number),
      performanceLevel: 'high',
    });

    const level = (query: string, token = admin.token) =>
      call('GET', `/api/agents?performanceLevel=${query}`, { token });
    const highs = (await level('high')).body;
    expect(highs.data.map((a: { id: string }) => a.id)).toEqual([agent.id]);
    expect(highs.meta).toEqual({ total: 1, page: 1, limit: 20, totalPages: 1 });
    expect((await level('low')).body.meta.total).toBe(0);
    const bad = await level('excellent');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    // The other tenant, asking the same, sees none of it.
    expect((await level('high', other.token)).body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('keeps agents private: a colleague gets neither event of theirs, another tenant none of its own', async () => {
    // Both events for the agent have been seen by now (the tests above), so any leak has arrived too.
    for (const name of ['agent_activity', 'performance_update']) {
      expect(
        colleagueSocket.of(name, (p) => p.agentId === agent.id),
        name,
      ).toEqual([]);
      expect(
        otherTenantSocket.of(name, (p) => p.agentId !== other.userId),
        name,
      ).toEqual([]);
    }
  });

  it('never shows a cached list or stats older than a write made before the read', async () => {
    for (let i = 0; i < 12; i++) {
      const department = `Billing ${i}`;
      const reads = Array.from({ length: 4 }, (_, k) =>
        call('GET', k % 2 ? '/api/agents/stats' : '/api/agents?limit=50', { token: admin.token }),
      );
      const write = call('PUT', `/api/agents/${agent.id}`, { token: admin.token, body: { department } });
      expect((await Promise.all([write, ...reads]))[0].status).toBe(200);
      const [list, stats] = await Promise.all([
        call('GET', '/api/agents?limit=50', { token: admin.token }),
        call('GET', '/api/agents/stats', { token: admin.token }),
      ]);
      const row = list.body.data.find((a: { id: string }) => a.id === agent.id);
      expect(row.department, `round ${i}`).toBe(department);
      expect(stats.body.byDepartment[department], `round ${i}`).toBe(1);
    }
    const ofOther = await call('GET', '/api/agents?limit=50', { token: other.token });
    expect(ofOther.body.data.map((a: { id: string }) => a.id)).toEqual([other.userId]);
  });

  it('counts cache hits and misses in the auth service’s /metrics', async () => {
    await call('GET', '/api/agents?limit=7', { token: admin.token });
    await call('GET', '/api/agents?limit=7', { token: admin.token });
    const res = await fetch(`${stack.urls.AUTH_URL}/metrics`, {
      headers: { authorization: `Bearer ${stack.metricsToken}` },
    });
    const text = await res.text();
    expect(text).toMatch(
      /switchboard_cache_requests_total\{[^}]*cache="agent_list"[^}]*result="hit"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(
      /switchboard_cache_requests_total\{[^}]*cache="agent_list"[^}]*result="miss"[^}]*\} [1-9]/,
    );
  });
});
