import {
  connect,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  type TenantAdmin,
} from '@switchboard/testing';
import { base64url, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw } from './support/world.js';

/*
 * Forged, stale and stolen credentials against the public port: every one is refused on HTTP
 * (401 UNAUTHENTICATED) by every service, and on sockets (`error {code: UNAUTHENTICATED}`, then
 * a disconnect). Tokens are forged with jose.
 */

const ALLOWED_ORIGIN = 'https://app.example.com';
// Many requests from one IP in a few seconds: lift the general per-IP limit (login throttling
// is separate and stays at its defaults).
const cors = { CORS_ORIGINS: ALLOWED_ORIGIN, RATE_LIMIT_PER_MINUTE: '100000' };

let stack: Stack;
let admin: TenantAdmin;
let agent: { id: string; token: string };
let realKey: { kid: string; key: Awaited<ReturnType<typeof importJWK>> };
let publicJwk: JWK;
beforeAll(async () => {
  stack = await startStack({
    gatewayEnv: cors,
    authEnv: { ...cors, REFRESH_REUSE_GRACE_SECONDS: '1' },
    ticketsEnv: cors,
    presenceEnv: cors,
    reportingEnv: cors,
  });
  admin = await signupTenant(stack.call, 'Attack');
  agent = await createAgent(stack.call, admin);
  const client = new pg.Client({ connectionString: stack.database.url });
  await client.connect();
  const { rows } = await client.query(
    'select kid, private_jwk from signing_keys order by created_at desc limit 1',
  );
  await client.end();
  realKey = { kid: rows[0].kid, key: await importJWK(rows[0].private_jwk, 'EdDSA') };
  const jwks = await stack.call('GET', '/api/auth/.well-known/jwks.json');
  publicJwk = jwks.body.keys.find((k: JWK) => k.kid === realKey.kid);
});
afterAll(() => stack?.stop());

const now = () => Math.floor(Date.now() / 1000);
/** Claims of the agent, as the auth service issues them. */
const agentClaims = () => ({ tid: admin.tenantId, role: 'agent' });

/** A token signed with the auth service's own key: only the claims are wrong. */
function withRealKey(edit: (jwt: SignJWT) => SignJWT, claims: Record<string, unknown> = agentClaims()) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: realKey.kid })
    .setSubject(agent.id)
    .setIssuer('switchboard')
    .setIssuedAt()
    .setExpirationTime('10m')
    .setJti(crypto.randomUUID());
  return edit(jwt).sign(realKey.key);
}

const part = (o: object) => base64url.encode(JSON.stringify(o));

/** Every way this suite forges or replays a token, by what a reader would call it. */
const forgeries: Record<string, () => Promise<string>> = {
  'alg none': async () =>
    `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: admin.userId, ...agentClaims(), role: 'admin', iss: 'switchboard', exp: now() + 600 })}.`,
  'HS256 signed with the public key': async () =>
    new SignJWT({ ...agentClaims(), role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: realKey.kid })
      .setSubject(admin.userId)
      .setIssuer('switchboard')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
  'HS256 signed with the raw public key bytes': async () =>
    new SignJWT({ ...agentClaims(), role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: realKey.kid })
      .setSubject(admin.userId)
      .setIssuer('switchboard')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(base64url.decode(publicJwk.x as string)),
  'signed by an attacker’s own key under the real kid': async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    return new SignJWT(agentClaims())
      .setProtectedHeader({ alg: 'EdDSA', kid: realKey.kid })
      .setSubject(agent.id)
      .setIssuer('switchboard')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  },
  expired: () => withRealKey((j) => j.setIssuedAt(now() - 3600).setExpirationTime(now() - 60)),
  'not yet valid (nbf in the future)': () => withRealKey((j) => j.setNotBefore(now() + 3600)),
  'from the wrong issuer': () => withRealKey((j) => j.setIssuer('https://evil.example.com')),
  'tampered payload (agent → admin)': async () => {
    const [header, , signature] = agent.token.split('.');
    const payload = JSON.parse(Buffer.from(agent.token.split('.')[1] as string, 'base64url').toString());
    return `${header}.${part({ ...payload, role: 'admin' })}.${signature}`;
  },
};

/** One route of every service behind the gateway. */
const everywhere = [
  '/api/auth/me',
  '/api/agents',
  '/api/tickets',
  '/api/presence',
  '/api/broadcasts',
  '/api/jobs',
];

async function expectRefusedOnHttp(token: string, paths = everywhere) {
  for (const path of paths) {
    const res = await raw(stack.baseUrl, 'GET', path, { token });
    expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  }
}

async function expectRefusedOnSocket(token: string) {
  const client = connect(stack.baseUrl, { token });
  expect(await client.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
  expect(await client.next('disconnect')).toBe('io server disconnect');
  expect(client.of('authenticated')).toEqual([]);
  client.close();
}

describe('forged and stale access tokens', () => {
  it('the harness is sound: a token signed with the real key and right claims is accepted', async () => {
    const token = await withRealKey((j) => j);
    for (const path of everywhere)
      expect((await raw(stack.baseUrl, 'GET', path, { token })).status, path).toBe(200);
    const client = connect(stack.baseUrl, { token });
    await client.next('authenticated');
    client.close();
  });

  for (const [name, forge] of Object.entries(forgeries)) {
    it(`a token ${name} is refused everywhere: 401 from every service and no socket`, async () => {
      const token = await forge();
      await expectRefusedOnHttp(token);
      await expectRefusedOnSocket(token);
    });
  }

  it('a deactivated user’s unexpired token is refused by every service and on sockets, and their open socket is closed', async () => {
    const victim = await createAgent(stack.call, admin);
    const open = connect(stack.baseUrl, { token: victim.token });
    await open.next('authenticated');
    expect(
      (await stack.call('DELETE', `/api/agents/${victim.id}`, { token: admin.token })).status,
    ).toBeLessThan(300);
    expect(await open.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
    await open.next('disconnect');
    open.close();
    await expectRefusedOnHttp(victim.token);
    await expectRefusedOnSocket(victim.token);

    // Reactivated, they sign in again and work; the token from before stays refused. Tokens
    // carry whole seconds: the new one must be issued after the second of the deactivation.
    await new Promise((r) => setTimeout(r, 1_100));
    const reactivated = await stack.call('PUT', `/api/agents/${victim.id}`, {
      token: admin.token,
      body: { isActive: true },
    });
    expect(reactivated.status).toBe(200);
    const login = await stack.call('POST', '/api/auth/login', {
      body: { email: reactivated.body.email, password: 'Passw0rdX' },
    });
    expect(login.status).toBe(200);
    expect((await stack.call('GET', '/api/tickets', { token: login.body.accessToken })).status).toBe(200);
    await expectRefusedOnHttp(victim.token, ['/api/tickets']);
  });
});

describe('refresh tokens', () => {
  it('reusing a rotated refresh token revokes the whole family: the reuse and the sibling both answer 401', async () => {
    const agentLogin = await createAgent(stack.call, admin, { email: 'refresh-me@example.com' });
    expect(agentLogin.id).toBeTruthy();
    const login = await stack.call('POST', '/api/auth/login', {
      body: { email: 'refresh-me@example.com', password: 'Passw0rdX' },
    });
    const first = login.body.refreshToken;
    const rotated = await stack.call('POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(rotated.status).toBe(200);
    const sibling = rotated.body.refreshToken;
    await new Promise((r) => setTimeout(r, 1_100)); // past the grace for racing tabs
    const reuse = await stack.call('POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('UNAUTHENTICATED');
    const afterTheft = await stack.call('POST', '/api/auth/refresh', { body: { refreshToken: sibling } });
    expect(afterTheft.status).toBe(401);
    // a second sign-in is a different family and still works
    const again = await stack.call('POST', '/api/auth/login', {
      body: { email: 'refresh-me@example.com', password: 'Passw0rdX' },
    });
    expect(
      (await stack.call('POST', '/api/auth/refresh', { body: { refreshToken: again.body.refreshToken } }))
        .status,
    ).toBe(200);
  });
});

describe('login brute force', () => {
  it('after repeated failures the account answers 429 with Retry-After, even to the right password', async () => {
    await createAgent(stack.call, admin, { email: 'brute@example.com' });
    const attempt = (password: string) =>
      stack.call('POST', '/api/auth/login', { body: { email: 'brute@example.com', password } });
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await attempt(`Wrong${i}pass`)).status);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.at(-1)).toBe(429);
    const locked = await attempt('Passw0rdX');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('browsers', () => {
  it('a disallowed Origin gets no access-control-allow-origin; the configured one does', async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const headers = {
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      };
      const evil = await raw(stack.baseUrl, method, '/api/tickets', {
        token: admin.token,
        headers: { origin: 'https://evil.example.com', ...headers },
      });
      expect(evil.status).toBeLessThan(500);
      expect(evil.headers.get('access-control-allow-origin'), method).toBeNull();
      const good = await raw(stack.baseUrl, method, '/api/tickets', {
        token: admin.token,
        headers: { origin: ALLOWED_ORIGIN, ...headers },
      });
      expect(good.headers.get('access-control-allow-origin'), method).toBe(ALLOWED_ORIGIN);
    }
  });

  it('no cookie is ever set, so authentication is by bearer token only and CSRF does not apply', async () => {
    const login = await raw(stack.baseUrl, 'POST', '/api/auth/login', {
      body: JSON.stringify({ email: 'refresh-me@example.com', password: 'Passw0rdX' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toBeNull();
    const refresh = await raw(stack.baseUrl, 'POST', '/api/auth/refresh', {
      body: JSON.stringify({ refreshToken: login.body.refreshToken }),
    });
    expect(refresh.headers.get('set-cookie')).toBeNull();
    const signup = await raw(stack.baseUrl, 'POST', '/api/auth/signup', {
      body: JSON.stringify({
        tenantName: 'Cookie Free',
        fullName: 'No Cookies',
        email: 'nocookie@example.com',
        username: 'no_cookie',
        password: 'Passw0rdX',
      }),
    });
    expect(signup.status).toBe(201);
    expect(signup.headers.get('set-cookie')).toBeNull();
    // and a request carrying only a cookie is not authenticated
    const cookieOnly = await raw(stack.baseUrl, 'GET', '/api/auth/me', {
      headers: { cookie: `token=${admin.token}` },
    });
    expect(cookieOnly.status).toBe(401);
  });
});
