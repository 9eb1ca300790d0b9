import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth();
});
afterAll(() => auth?.stop());

const agentBody = (tag: string, extra: Record<string, unknown> = {}) => ({
  username: `agent_${tag}`,
  email: `agent-${tag}@example.com`,
  fullName: `Agent ${tag}`,
  role: 'agent',
  department: 'Support',
  password: 'Passw0rdX',
  ...extra,
});

describe('creating agents', () => {
  it('an admin creates an agent who can then log in', async () => {
    const { accessToken } = await auth.signupTenant();
    const res = await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('new1', { phone: '+1 (555) 010-2000' }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'agent_new1',
      role: 'agent',
      onlineStatus: 'offline',
      isActive: true,
      phone: '+1 (555) 010-2000',
    });
    const login = await auth.call('POST', '/api/auth/login', {
      body: { username: 'agent_new1', password: 'Passw0rdX' },
    });
    expect(login.status).toBe(200);
  });

  it('refuses a weak password and a bad username with field details, creating nothing', async () => {
    const { accessToken } = await auth.signupTenant();
    const res = await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('x', { username: 'no spaces!', password: 'alllowercase1' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password']));
    const list = await auth.call('GET', '/api/agents', { token: accessToken });
    expect(list.body.meta.total).toBe(1);
  });

  it('refuses a duplicate username or email with 409', async () => {
    const { accessToken } = await auth.signupTenant();
    await auth.call('POST', '/api/agents', { token: accessToken, body: agentBody('dup') });
    const sameName = await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('dup', { email: 'other@example.com' }),
    });
    const sameEmail = await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('dup2', { email: 'AGENT-dup@example.com' }),
    });
    expect(sameName.status).toBe(409);
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error.code).toBe('CONFLICT');
  });
});

describe('listing and searching agents', () => {
  it('filters by role, department, status and search, with pagination meta', async () => {
    const { accessToken } = await auth.signupTenant();
    for (let i = 0; i < 5; i++) {
      await auth.call('POST', '/api/agents', {
        token: accessToken,
        body: agentBody(`l${i}`, { department: i < 3 ? 'Billing' : 'Sales' }),
      });
    }
    await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('v1', { role: 'viewer', fullName: 'Zed Viewer' }),
    });

    const page = await auth.call('GET', '/api/agents?role=agent&limit=2&page=2&sort=username', {
      token: accessToken,
    });
    expect(page.body.meta).toEqual({ total: 5, page: 2, limit: 2, totalPages: 3 });
    expect(page.body.data.map((a: { username: string }) => a.username)).toEqual(['agent_l2', 'agent_l3']);

    const billing = await auth.call('GET', '/api/agents?department=billing', { token: accessToken });
    expect(billing.body.meta.total).toBe(3);

    const search = await auth.call('GET', '/api/agents/search?q=zed', { token: accessToken });
    expect(search.body.data.map((a: { username: string }) => a.username)).toEqual(['agent_v1']);

    const inactive = await auth.call('GET', '/api/agents?status=inactive', { token: accessToken });
    expect(inactive.body.meta.total).toBe(0);
  });

  it('treats SQL wildcards in search literally', async () => {
    const { accessToken } = await auth.signupTenant();
    const res = await auth.call('GET', `/api/agents?search=${encodeURIComponent("%' OR 1=1 --")}`, {
      token: accessToken,
    });
    expect(res.status).toBe(200);
    expect(res.body.meta.total).toBe(0);
  });

  it('refuses a limit above 100', async () => {
    const { accessToken } = await auth.signupTenant();
    const res = await auth.call('GET', '/api/agents?limit=101', { token: accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('querystring.limit');
  });

  it('stats count active, inactive, roles and departments', async () => {
    const { accessToken } = await auth.signupTenant();
    const a = await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('s1', { department: 'Billing' }),
    });
    await auth.call('POST', '/api/agents', {
      token: accessToken,
      body: agentBody('s2', { role: 'supervisor' }),
    });
    await auth.call('DELETE', `/api/agents/${a.body.id}`, { token: accessToken });
    const stats = await auth.call('GET', '/api/agents/stats', { token: accessToken });
    expect(stats.body).toEqual({
      total: 3,
      active: 2,
      inactive: 1,
      online: 0,
      offline: 2,
      byRole: { admin: 1, supervisor: 1 },
      byDepartment: { Management: 1, Support: 1 },
    });
  });
});

describe('updating agents', () => {
  it('bulk update applies what it may and reports each refusal', async () => {
    const { accessToken, user } = await auth.signupTenant();
    const one = await auth.call('POST', '/api/agents', { token: accessToken, body: agentBody('b1') });
    const two = await auth.call('POST', '/api/agents', { token: accessToken, body: agentBody('b2') });
    const missing = '0190a0a0-0000-7000-8000-000000000000';
    const res = await auth.call('PUT', '/api/agents/bulk', {
      token: accessToken,
      body: {
        agentIds: [one.body.id, two.body.id, missing, user.id],
        updates: { department: 'Escalations', isActive: false },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(false);
    expect(res.body.updated).toBe(2);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ agentId: missing, code: 'NOT_FOUND' }),
      expect.objectContaining({ agentId: user.id, code: 'FORBIDDEN' }),
    ]);
    const after = await auth.call('GET', `/api/agents/${one.body.id}`, { token: accessToken });
    expect(after.body).toMatchObject({ department: 'Escalations', isActive: false });
  });

  it('an agent edits their own name but not their role', async () => {
    const { accessToken } = await auth.signupTenant();
    const member = await auth.createMember(accessToken, 'agent');
    const rename = await auth.call('PUT', `/api/agents/${member.agent.id}`, {
      token: member.accessToken,
      body: { fullName: 'New Name' },
    });
    expect(rename.status).toBe(200);
    expect(rename.body.fullName).toBe('New Name');
    const promote = await auth.call('PUT', `/api/agents/${member.agent.id}`, {
      token: member.accessToken,
      body: { role: 'admin' },
    });
    expect(promote.status).toBe(403);
  });
});

describe('deactivating agents', () => {
  it('a soft-deleted agent cannot log in and their refresh token stops working', async () => {
    const { accessToken } = await auth.signupTenant();
    const member = await auth.createMember(accessToken, 'agent');
    const del = await auth.call('DELETE', `/api/agents/${member.agent.id}`, { token: accessToken });
    expect(del.status).toBe(200);
    expect(del.body.success).toBe(true);
    const login = await auth.call('POST', '/api/auth/login', {
      body: { email: member.agent.email, password: 'Passw0rdX' },
    });
    expect(login.status).toBe(401);
    const refresh = await auth.call('POST', '/api/auth/refresh', {
      body: { refreshToken: member.refreshToken },
    });
    expect(refresh.status).toBe(401);
    const me = await auth.call('GET', '/api/auth/me', { token: member.accessToken });
    expect(me.status).toBe(401);
    const listed = await auth.call('GET', `/api/agents/${member.agent.id}`, { token: accessToken });
    expect(listed.body.isActive).toBe(false);
  });
});

describe('roles', () => {
  it('an agent creating an agent is forbidden', async () => {
    const { accessToken } = await auth.signupTenant();
    const member = await auth.createMember(accessToken, 'agent');
    const res = await auth.call('POST', '/api/agents', {
      token: member.accessToken,
      body: agentBody('nope'),
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('a viewer reads agents but cannot change them', async () => {
    const { accessToken, user } = await auth.signupTenant();
    const viewer = await auth.createMember(accessToken, 'viewer');
    expect((await auth.call('GET', '/api/agents', { token: viewer.accessToken })).status).toBe(200);
    expect((await auth.call('GET', '/api/agents/stats', { token: viewer.accessToken })).status).toBe(200);
    const writes = await Promise.all([
      auth.call('POST', '/api/agents', { token: viewer.accessToken, body: agentBody('v') }),
      auth.call('PUT', `/api/agents/${user.id}`, { token: viewer.accessToken, body: { fullName: 'Hacked' } }),
      auth.call('DELETE', `/api/agents/${user.id}`, { token: viewer.accessToken }),
      auth.call('PUT', '/api/agents/bulk', {
        token: viewer.accessToken,
        body: { agentIds: [user.id], updates: { department: 'X1' } },
      }),
    ]);
    expect(writes.map((w) => w.status)).toEqual([403, 403, 403, 403]);
  });
});
