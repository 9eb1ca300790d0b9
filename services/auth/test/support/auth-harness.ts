import { randomBytes } from 'node:crypto';
import { runService } from '@switchboard/service-runtime';
import { serviceStores } from '@switchboard/testing';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { authService } from '../../src/service.js';

export type Harness = Awaited<ReturnType<typeof startAuth>>;

/**
 * The auth service in process over its own fresh database, vhost and Redis keys, with its consumer
 * and outbox relay running, as a user of its HTTP API sees it.
 */
export async function startAuth(env: Record<string, string> = {}) {
  const stores = await serviceStores('auth', runMigrations);
  const config = readConfig({
    ...stores.env,
    REDIS_KEY_PREFIX: `sbt:auth:${randomBytes(4).toString('hex')}:`,
    ...env,
  });
  const service = await runService(authService(config));
  const { app, deps, bus } = service;

  const call = async (
    method: string,
    url: string,
    opts: { token?: string; body?: unknown; ip?: string } = {},
  ) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
      ...(opts.ip ? { remoteAddress: opts.ip } : {}),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
  };

  let tenantCount = 0;
  /** Signs up a fresh tenant; returns its admin's session. */
  const signupTenant = async (name = `Tenant ${++tenantCount} ${randomBytes(2).toString('hex')}`) => {
    const tag = randomBytes(3).toString('hex');
    const res = await call('POST', '/api/auth/signup', {
      body: {
        tenantName: name,
        fullName: 'Admin Person',
        email: `admin-${tag}@example.com`,
        username: `admin_${tag}`,
        password: 'Passw0rdX',
      },
    });
    if (res.status !== 201) throw new Error(`signup failed: ${JSON.stringify(res.body)}`);
    return res.body as {
      tenant: { id: string; slug: string };
      user: { id: string; email: string; username: string };
      accessToken: string;
      refreshToken: string;
    };
  };

  /** Creates an agent of `role` in the admin's tenant and logs them in. */
  const createMember = async (adminToken: string, role: string, extra: Record<string, unknown> = {}) => {
    const tag = randomBytes(3).toString('hex');
    const body = {
      username: `${role}_${tag}`,
      email: `${role}-${tag}@example.com`,
      fullName: `${role} ${tag}`,
      role,
      department: 'Support',
      password: 'Passw0rdX',
      ...extra,
    };
    const created = await call('POST', '/api/agents', { token: adminToken, body });
    if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
    const session = await call('POST', '/api/auth/login', {
      body: { email: body.email, password: body.password },
    });
    return {
      agent: created.body as { id: string; username: string; email: string },
      ...(session.body as { accessToken: string; refreshToken: string }),
    };
  };

  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return { app, deps, bus, call, signupTenant, createMember, stop };
}
