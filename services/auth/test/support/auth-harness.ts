import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@switchboard/testing';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { openDeps } from '../../src/wiring.js';

export type Harness = Awaited<ReturnType<typeof startAuth>>;

/** The auth app in process over its own fresh database (and Redis keys), as a user of its HTTP API sees it. */
export async function startAuth(env: Record<string, string> = {}) {
  const database = await createTestDatabase('auth');
  await runMigrations(database.url);
  const config = readConfig({
    ...process.env,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    REDIS_KEY_PREFIX: `sbt:auth:${randomBytes(4).toString('hex')}:`,
    ...env,
  });
  const { deps, close } = await openDeps(config, () => true);
  const app = await buildApp(deps);
  await app.ready();

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
    await app.close();
    await close();
    await database.drop();
  };
  return { app, deps, database, call, signupTenant, createMember, stop };
}
