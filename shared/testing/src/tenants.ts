import { randomBytes } from 'node:crypto';
import type { Call } from './stack.js';

export type TenantAdmin = { tenantId: string; userId: string; token: string };

/** Signs up a fresh tenant through the gateway; returns its admin's session. */
export async function signupTenant(call: Call, name = 'Tenant'): Promise<TenantAdmin> {
  const tag = randomBytes(3).toString('hex');
  const res = await call('POST', '/api/auth/signup', {
    body: {
      tenantName: `${name} ${tag}`,
      fullName: 'Admin Person',
      email: `admin-${tag}@example.com`,
      username: `admin_${tag}`,
      password: 'Passw0rdX',
    },
  });
  if (res.status !== 201) throw new Error(`signup failed: ${JSON.stringify(res.body)}`);
  return { tenantId: res.body.tenant.id, userId: res.body.user.id, token: res.body.accessToken };
}

/** Creates an agent in the admin's tenant and logs them in. */
export async function createAgent(call: Call, admin: TenantAdmin, extra: Record<string, unknown> = {}) {
  const tag = randomBytes(3).toString('hex');
  const body = {
    username: `agent_${tag}`,
    email: `agent-${tag}@example.com`,
    fullName: `Agent ${tag}`,
    role: 'agent',
    department: 'Support',
    password: 'Passw0rdX',
    ...extra,
  };
  const created = await call('POST', '/api/agents', { token: admin.token, body });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const login = await call('POST', '/api/auth/login', {
    body: { email: body.email, password: body.password },
  });
  return { id: created.body.id as string, token: login.body.accessToken as string };
}
