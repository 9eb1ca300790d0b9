import { type Stack, signupTenant, type TenantAdmin } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, suiteStack } from './support/world.js';

/*
 * What the public port shows a stranger: /metrics names tenants and their live sockets, so only
 * operators read it; CORS lets only the configured origins' pages read answers, and lets them
 * use every method the API has.
 */

const ALLOWED = 'https://app.example.com';
const everyProcess = { CORS_ORIGINS: ALLOWED };
let stack: Awaited<ReturnType<typeof suiteStack>>;
let admin: TenantAdmin;
beforeAll(async () => {
  stack = await suiteStack({
    // The gateway without a metrics token, the services with the stack's own.
    gatewayEnv: { ...everyProcess, METRICS_TOKEN: '' },
    authEnv: everyProcess,
    ticketsEnv: everyProcess,
    presenceEnv: everyProcess,
    reportingEnv: everyProcess,
  });
  admin = await signupTenant(stack.call, 'Surfaces');
});
afterAll(() => stack?.stop());

describe('/metrics', () => {
  it('is not served on the public port without a metrics token, not even to a signed-in admin', async () => {
    for (const token of [undefined, admin.token]) {
      const res = await raw(stack.baseUrl, 'GET', '/metrics', token ? { token } : {});
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('switchboard_');
      expect(res.text).not.toContain(admin.tenantId);
    }
  });

  it('on a process with a metrics token, answers 401 to anyone else and the metrics to its bearer', async () => {
    const { urls, metricsToken } = stack.stack as Stack;
    for (const url of Object.values(urls)) {
      for (const token of [undefined, admin.token, `${metricsToken}x`]) {
        const res = await raw(url, 'GET', '/metrics', token ? { token } : {});
        expect(res.status, url).toBe(401);
        expect(res.body.error.code).toBe('UNAUTHENTICATED');
      }
      const operator = await raw(url, 'GET', '/metrics', { token: metricsToken });
      expect(operator.status).toBe(200);
      expect(operator.text).toContain('switchboard_http_request_duration_seconds');
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string, method: string) =>
    raw(stack.baseUrl, 'OPTIONS', '/api/tickets', {
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('never echoes an Origin that is not configured, `null` included, on answers, preflights and the socket handshake', async () => {
    for (const origin of ['https://evil.example.com', 'null', `${ALLOWED}.evil.example.com`]) {
      const answer = await raw(stack.baseUrl, 'GET', '/api/tickets', {
        token: admin.token,
        headers: { origin },
      });
      expect(answer.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect((await preflight(origin, 'GET')).headers.get('access-control-allow-origin'), origin).toBeNull();
      const handshake = await raw(stack.baseUrl, 'GET', '/socket.io/?EIO=4&transport=polling', {
        headers: { origin },
      });
      expect(handshake.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('lets the configured origin use every method the API has, with the headers it needs', async () => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await preflight(ALLOWED, method);
      expect(res.status, method).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(
        res.headers
          .get('access-control-allow-methods')
          ?.split(',')
          .map((m) => m.trim()),
      ).toContain(method);
      const headers = res.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
      expect(headers).toContain('authorization');
      expect(headers).toContain('content-type');
    }
    const answer = await raw(stack.baseUrl, 'GET', '/api/tickets', {
      token: admin.token,
      headers: { origin: ALLOWED },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});
