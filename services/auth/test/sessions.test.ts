import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startAuth } from './support/auth-harness.js';

let auth: Harness;
beforeAll(async () => {
  auth = await startAuth({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '10', REFRESH_REUSE_GRACE_SECONDS: '1' });
});
afterAll(() => auth?.stop());

describe('signing up and signing in', () => {
  it('signup creates a tenant with its first admin and signs them in', async () => {
    const res = await auth.call('POST', '/api/auth/signup', {
      body: {
        tenantName: 'Acme Support',
        fullName: 'Ada Admin',
        email: 'Ada@Acme.example',
        username: 'ada_admin',
        password: 'Passw0rdX',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.tenant).toMatchObject({
      name: 'Acme Support',
      slug: expect.stringMatching(/^acme-support/),
    });
    expect(res.body.user).toMatchObject({
      role: 'admin',
      email: 'ada@acme.example',
      isActive: true,
      tenantId: res.body.tenant.id,
    });
    expect(res.body.user).not.toHaveProperty('passwordHash');
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
  });

  it('a weak signup password is refused with the offending field named', async () => {
    const res = await auth.call('POST', '/api/auth/signup', {
      body: {
        tenantName: 'Weak Co',
        fullName: 'Wes Weak',
        email: 'wes@weak.example',
        username: 'wes',
        password: 'password',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ field: 'body.password' }));
  });

  it('logs in by email and by username, and me returns the user', async () => {
    const { user } = await auth.signupTenant();
    const byEmail = await auth.call('POST', '/api/auth/login', {
      body: { email: user.email, password: 'Passw0rdX' },
    });
    const byUsername = await auth.call('POST', '/api/auth/login', {
      body: { username: user.username, password: 'Passw0rdX' },
    });
    expect(byEmail.status).toBe(200);
    expect(byUsername.status).toBe(200);
    const me = await auth.call('GET', '/api/auth/me', { token: byUsername.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email });
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const { user } = await auth.signupTenant();
    const wrong = await auth.call('POST', '/api/auth/login', {
      body: { email: user.email, password: 'Nope12345' },
    });
    const unknown = await auth.call('POST', '/api/auth/login', {
      body: { email: 'nobody@nowhere.example', password: 'Nope12345' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('me without a token or with a forged one is 401', async () => {
    expect((await auth.call('GET', '/api/auth/me')).status).toBe(401);
    const forged = await auth.call('GET', '/api/auth/me', { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('access tokens', () => {
  it('are signed with an asymmetric algorithm and verify against the JWKS', async () => {
    const { accessToken, user, tenant } = await auth.signupTenant();
    expect(decodeProtectedHeader(accessToken).alg).toBe('EdDSA');
    const jwks = await auth.call('GET', '/api/auth/.well-known/jwks.json');
    expect(jwks.body.keys[0]).not.toHaveProperty('d');
    const { payload } = await jwtVerify(accessToken, createLocalJWKSet(jwks.body));
    expect(payload).toMatchObject({ sub: user.id, tid: tenant.id, role: 'admin', jti: expect.any(String) });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works and the old refresh token is spent', async () => {
    const { refreshToken } = await auth.signupTenant();
    const rotated = await auth.call('POST', '/api/auth/refresh', { body: { refreshToken } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(refreshToken);
    expect((await auth.call('GET', '/api/auth/me', { token: rotated.body.accessToken })).status).toBe(200);
  });

  it('reusing a rotated token is refused and revokes the newer token of its family', async () => {
    const { refreshToken: first } = await auth.signupTenant();
    const second = (await auth.call('POST', '/api/auth/refresh', { body: { refreshToken: first } })).body
      .refreshToken;
    await new Promise((r) => setTimeout(r, 1_100)); // past the grace for racing tabs
    const replay = await auth.call('POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(replay.status).toBe(401);
    expect((await auth.call('POST', '/api/auth/refresh', { body: { refreshToken: second } })).status).toBe(
      401,
    );
  });

  it('concurrent refreshes of one token (two tabs) all get a pair of the same session, not a theft alarm', async () => {
    const { refreshToken } = await auth.signupTenant();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => auth.call('POST', '/api/auth/refresh', { body: { refreshToken } })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.body.refreshToken)).size).toBe(5);
    for (const { body } of results) {
      expect((await auth.call('GET', '/api/auth/me', { token: body.accessToken })).status).toBe(200);
      const again = { refreshToken: body.refreshToken };
      expect((await auth.call('POST', '/api/auth/refresh', { body: again })).status).toBe(200);
    }
  });

  it('logout ends the session: its refresh token stops working', async () => {
    const { refreshToken } = await auth.signupTenant();
    expect((await auth.call('POST', '/api/auth/logout', { body: { refreshToken } })).status).toBe(204);
    expect((await auth.call('POST', '/api/auth/refresh', { body: { refreshToken } })).status).toBe(401);
  });
});

describe('brute force', () => {
  it('20 wrong passwords in a row for one account end in 429 with Retry-After', async () => {
    const { user } = await auth.signupTenant();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<Harness['call']>> | undefined;
    for (let i = 0; i < 20; i++) {
      last = await auth.call('POST', '/api/auth/login', {
        body: { email: user.email, password: `Wrong${i}xx` },
        ip: `10.9.0.${i}`,
      });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(last?.status).toBe(429);
    expect(last?.body.error.code).toBe('RATE_LIMITED');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits out the lockout.
    const right = await auth.call('POST', '/api/auth/login', {
      body: { email: user.email, password: 'Passw0rdX' },
    });
    expect(right.status).toBe(429);
  });

  it('one IP spraying many accounts is throttled too', async () => {
    const ip = '10.77.0.1';
    const local = await startAuth({ LOGIN_MAX_FAILURES_PER_IP: '5' });
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (
            await local.call('POST', '/api/auth/login', {
              body: { email: `u${i}@spray.example`, password: 'Wrong1234' },
              ip,
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await local.stop();
    }
  });
});
