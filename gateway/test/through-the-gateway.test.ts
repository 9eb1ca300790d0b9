import { Validator } from '@seriousme/openapi-schema-validator';
import { EXCHANGE } from '@switchboard/contracts';
import { type Stack, startStack, waitFor } from '@switchboard/testing';
import { connect } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specEndpoints } from './support/spec-endpoints.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const signupBody = (tag: string) => ({
  tenantName: `Gateway ${tag}`,
  fullName: 'Gail Gateway',
  email: `gail-${tag}@example.com`,
  username: `gail_${tag}`,
  password: 'Passw0rdX',
});

describe('the public port', () => {
  it('routes the auth flow: signup, login, me, refresh, logout', async () => {
    const signup = await stack.call('POST', '/api/auth/signup', { body: signupBody('flow') });
    expect(signup.body).toMatchObject({ user: { username: 'gail_flow' } });
    expect(signup.status).toBe(201);
    const login = await stack.call('POST', '/api/auth/login', {
      body: { username: 'gail_flow', password: 'Passw0rdX' },
    });
    expect(login.status).toBe(200);
    const me = await stack.call('GET', '/api/auth/me', { token: login.body.accessToken });
    expect(me.body.username).toBe('gail_flow');
    const refreshed = await stack.call('POST', '/api/auth/refresh', {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const logout = await stack.call('POST', '/api/auth/logout', {
      body: { refreshToken: refreshed.body.refreshToken },
    });
    expect(logout.status).toBe(204);
    // Logout ends that session's access tokens too; the signup's session goes on.
    expect((await stack.call('GET', '/api/auth/me', { token: login.body.accessToken })).status).toBe(401);
    const agents = await stack.call('GET', '/api/agents?limit=5', { token: signup.body.accessToken });
    expect(agents.body.meta).toEqual({ total: 1, page: 1, limit: 5, totalPages: 1 });
  });

  it('passes the correlation id to the service and back', async () => {
    const res = await stack.call('GET', '/api/auth/me', { headers: { 'x-correlation-id': 'trace-me-42' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-correlation-id')).toBe('trace-me-42');
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const res = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
  });

  it('answers an unknown path with 404 in the error shape', async () => {
    const res = await stack.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('reports each dependency at /healthz', async () => {
    const res = await stack.call('GET', '/healthz');
    expect(res.body).toEqual({
      status: 'ok',
      checks: {
        redis: 'up',
        rabbitmq: 'up',
        auth: 'up',
        tickets: 'up',
        presence: 'up',
        reporting: 'up',
        'ai-assist': 'up',
        notifications: 'up',
        audit: 'up',
      },
    });
  });

  it('publishes the auth service’s events to RabbitMQ with the request’s correlation id', async () => {
    const connection = await connect(stack.vhost.url);
    const channel = await connection.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.assertExchange(EXCHANGE, 'topic', { durable: true });
    await channel.bindQueue(queue, EXCHANGE, 'user.created');
    const received: { type: string; correlationId: string; data: { username: string } }[] = [];
    await channel.consume(queue, (msg) => msg && received.push(JSON.parse(msg.content.toString())), {
      noAck: true,
    });

    await stack.call('POST', '/api/auth/signup', {
      body: signupBody('events'),
      headers: { 'x-correlation-id': 'signup-evt-7' },
    });
    const event = await waitFor('user.created on the bus', () =>
      received.find((e) => e.data.username === 'gail_events'),
    );
    expect(event).toMatchObject({ type: 'user.created', correlationId: 'signup-evt-7' });
    await connection.close();
  });
});

describe('the API reference', () => {
  it('lists every documented endpoint (docs/api.md §4) with its request and response schemas in one valid OpenAPI 3 document at /docs', async () => {
    const res = await stack.call('GET', '/docs/json');
    expect(res.status).toBe(200);
    const document = res.body;
    const validation = await new Validator().validate(document);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(document.info.description).not.toMatch(/not answering/);

    const listed = Object.entries(document.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(listed).toEqual(expect.arrayContaining(specEndpoints.map(([m, p]) => `${m} ${p}`)));
    expect(listed).not.toContain('get /healthz'); // each service's own, not the public port's
    const signup = document.paths['/api/auth/signup'].post;
    expect(signup.tags).toEqual(['auth']);
    expect(signup.requestBody.content['application/json'].schema.properties).toHaveProperty('tenantName');
    expect(document.paths['/api/tickets'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'priority',
    );

    // Every operation says what it answers: JSON with a schema, a file of its media type, or a bare 204.
    const undocumented = Object.entries(document.paths as Record<string, Record<string, Operation>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ at: `${method} ${path}`, op })))
      .filter(({ op }) => !Object.entries(op.responses).some(([status, r]) => documentsSuccess(status, r)))
      .map(({ at }) => at);
    expect(undocumented).toEqual([]);
    const ticket = document.paths['/api/tickets/{id}'].get.responses;
    expect(ticket['200'].content['application/json'].schema.properties).toHaveProperty('status');
    expect(ticket['404'].content['application/json'].schema.$ref).toBe('#/components/schemas/ErrorBody');
    expect(document.components.schemas.ErrorBody.properties.error.required).toEqual(['code', 'message']);
    const download = document.paths['/api/jobs/{id}/download'].get.responses['200'].content;
    expect(Object.values(download)).toEqual([{ schema: { type: 'string', format: 'binary' } }]);

    const ui = await fetch(`${stack.baseUrl}/docs`, { redirect: 'follow' });
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });
});

type Response = { description: string; content?: Record<string, { schema?: object }> };
type Operation = { responses: Record<string, Response> };

function documentsSuccess(status: string, response: Response): boolean {
  if (!/^2\d\d$/.test(status)) return false;
  if (status === '204') return !response.content && response.description.length > 0;
  return Object.values(response.content ?? {}).some((media) => media.schema !== undefined);
}

describe('when a service is down', () => {
  it('the gateway answers 503 in the error shape and reports it as not ready, though alive', async () => {
    await stack.auth.stop();
    const res = await stack.call('POST', '/api/auth/login', { body: { username: 'x', password: 'y' } });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
    const health = await stack.call('GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body.checks.auth).toBe('down');
    // Not ready, but alive: an orchestrator stops routing to it rather than restarting it.
    expect((await stack.call('GET', '/readyz')).status).toBe(503);
    expect((await stack.call('GET', '/livez')).status).toBe(200);
  });
});
