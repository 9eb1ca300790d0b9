import { type AgentPerformance, newEvent, noPerformance } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startAuth } from './support/auth-harness.js';

const METRICS_TOKEN = 'agent-object-test-metrics';
let auth: Harness;
beforeAll(async () => {
  auth = await startAuth({ METRICS_TOKEN });
});
afterAll(() => auth?.stop());

const measured = (p: Partial<AgentPerformance>): AgentPerformance => ({ ...noPerformance, ...p });

/** What reporting publishes when an agent's numbers change. */
const performanceEvent = (tenantId: string, agentId: string, performance: AgentPerformance, at: string) =>
  newEvent(
    'agent.performance_changed',
    { agentId, metric: 'currentTickets', value: performance.currentTickets, timestamp: at, performance },
    { tenantId, correlationId: 'reporting' },
    'reporting',
  );

const cacheCount = async (cache: string, result: string) => {
  const res = await auth.app.inject({
    url: '/metrics',
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const line = res.body
    .split('\n')
    .find((l) => l.includes(`cache="${cache}"`) && l.includes(`result="${result}"`));
  return Number(line?.split(' ').at(-1) ?? 0);
};

describe('the agent object of reference/002', () => {
  it('carries the last login, the avatar and the performance reporting announced; filters on the level', async () => {
    const { accessToken: admin, tenant } = await auth.signupTenant();
    const strong = await auth.createMember(admin, 'agent');
    const weak = await auth.createMember(admin, 'agent');
    const get = async (id: string) => (await auth.call('GET', `/api/agents/${id}`, { token: admin })).body;
    expect(await get(weak.agent.id)).toMatchObject({
      ...noPerformance,
      avatar: null,
      lastLoginAt: expect.any(String),
    });

    const high = measured({
      currentTickets: 2,
      totalTicketsHandled: 40,
      avgResponseTime: 4.5,
      performanceLevel: 'high',
    });
    const lowAt = (agentId: string, at: string) =>
      performanceEvent(tenant.id, agentId, measured({ performanceLevel: 'low' }), at);
    // Consumed one at a time, in order: once the last is applied, so are the others.
    await auth.bus.publish([
      performanceEvent(tenant.id, strong.agent.id, high, '2026-11-22T10:00:00.000Z'),
      lowAt(strong.agent.id, '2026-11-22T09:00:00.000Z'), // late and older: changes nothing
      lowAt(weak.agent.id, '2026-11-22T10:00:00.000Z'),
    ]);
    await waitFor('performance kept', async () => (await get(weak.agent.id)).performanceLevel === 'low');
    expect(await get(strong.agent.id)).toMatchObject(high);

    const list = async (query: string) => auth.call('GET', `/api/agents${query}`, { token: admin });
    const highs = (await list('?performanceLevel=high')).body;
    expect(highs.data.map((a: { id: string }) => a.id)).toEqual([strong.agent.id]);
    expect(highs.meta).toMatchObject({ total: 1, page: 1, totalPages: 1 });
    expect((await list('?performanceLevel=medium')).body.meta.total).toBe(0);
    expect(
      (await auth.call('GET', '/api/agents/search?q=agent&performanceLevel=low', { token: admin })).body.meta
        .total,
    ).toBe(1);
    for (const bad of ['?performanceLevel=great', '?performanceLevel=']) {
      const res = await list(bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }

    const avatar = 'https://cdn.example.com/a.png';
    const own = await auth.call('PUT', `/api/agents/${weak.agent.id}`, {
      token: weak.accessToken,
      body: { avatar },
    });
    expect(own.body).toMatchObject({ avatar, performanceLevel: 'low' });
    const badAvatar = await auth.call('PUT', `/api/agents/${weak.agent.id}`, {
      token: weak.accessToken,
      body: { avatar: 'javascript:alert(1)' },
    });
    expect(badAvatar.status).toBe(400);
    expect((await get(weak.agent.id)).avatar).toBe(avatar);
  });

  it('ignores a performance event naming another tenant’s agent', async () => {
    const a = await auth.signupTenant();
    const b = await auth.signupTenant();
    const agentOfA = await auth.createMember(a.accessToken, 'agent');
    const event = (tenantId: string, currentTickets: number, at: string) =>
      performanceEvent(tenantId, agentOfA.agent.id, measured({ currentTickets }), at);
    await auth.bus.publish([
      event(b.tenant.id, 9, '2026-11-22T11:00:00.000Z'),
      event(a.tenant.id, 1, '2026-11-22T10:00:00.000Z'),
    ]);
    const of = (token: string) => auth.call('GET', `/api/agents/${agentOfA.agent.id}`, { token });
    await waitFor('applied', async () => (await of(a.accessToken)).body.currentTickets === 1);
    expect((await of(b.accessToken)).status).toBe(404);
  });
});

describe('the agent cache', () => {
  it('answers repeated reads from Redis, counted as hits and misses in /metrics', async () => {
    const { accessToken: admin } = await auth.signupTenant();
    const [hits, misses] = [await cacheCount('agent_list', 'hit'), await cacheCount('agent_list', 'miss')];
    const first = await auth.call('GET', '/api/agents?limit=5', { token: admin });
    const second = await auth.call('GET', '/api/agents?limit=5', { token: admin });
    expect(second.body).toEqual(first.body);
    expect(await cacheCount('agent_list', 'miss')).toBe(misses + 1);
    expect(await cacheCount('agent_list', 'hit')).toBe(hits + 1);
    await auth.call('GET', '/api/agents/stats', { token: admin });
    await auth.call('GET', '/api/agents/stats', { token: admin });
    expect(await cacheCount('agent_stats', 'hit')).toBeGreaterThanOrEqual(1);
  });

  it('never answers a read after a write with the old value, even with reads racing the write', async () => {
    const { accessToken: admin } = await auth.signupTenant();
    const member = await auth.createMember(admin, 'agent');
    const read = async () => {
      const [list, stats] = await Promise.all([
        auth.call('GET', '/api/agents?sort=fullName', { token: admin }),
        auth.call('GET', '/api/agents/stats', { token: admin }),
      ]);
      const agent = list.body.data.find((a: { id: string }) => a.id === member.agent.id);
      return {
        name: agent.fullName as string,
        departments: stats.body.byDepartment as Record<string, number>,
      };
    };
    for (let i = 0; i < 40; i++) {
      const [name, department] = [`Agent Round ${i}`, `Dept ${i}`];
      const racing = Array.from({ length: 6 }, read);
      const write = auth.call('PUT', `/api/agents/${member.agent.id}`, {
        token: admin,
        body: { fullName: name, department },
      });
      const [written] = await Promise.all([write, ...racing]);
      expect(written.status).toBe(200);
      const after = await read();
      expect(after.name, `round ${i}`).toBe(name);
      expect(after.departments[department], `round ${i}`).toBe(1);
    }
  });

  it('never serves one tenant’s cached entries to another', async () => {
    const a = await auth.signupTenant();
    const b = await auth.signupTenant();
    await auth.createMember(a.accessToken, 'agent');
    const query = '/api/agents?role=agent&limit=10';
    const ofA = await auth.call('GET', query, { token: a.accessToken });
    await auth.call('GET', query, { token: a.accessToken }); // now cached for a
    expect(ofA.body.meta.total).toBe(1);
    const ofB = await auth.call('GET', query, { token: b.accessToken });
    expect(ofB.body).toMatchObject({ data: [], meta: { total: 0 } });
    expect((await auth.call('GET', '/api/agents/stats', { token: b.accessToken })).body.byRole).toEqual({
      admin: 1,
    });
  });
});
