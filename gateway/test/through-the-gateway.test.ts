import { EXCHANGE } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { connect } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.js';

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
    const agents = await stack.call('GET', '/api/agents?limit=5', { token: login.body.accessToken });
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
      checks: { redis: 'up', rabbitmq: 'up', auth: 'up', tickets: 'up', presence: 'up' },
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

describe('when a service is down', () => {
  it('the gateway answers 503 in the error shape and reports it at /healthz', async () => {
    await stack.auth.stop();
    const res = await stack.call('POST', '/api/auth/login', { body: { username: 'x', password: 'y' } });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
    const health = await stack.call('GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body.checks.auth).toBe('down');
  });
});
