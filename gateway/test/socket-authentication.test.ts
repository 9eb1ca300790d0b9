import { EXCHANGE } from '@switchboard/contracts';
import {
  connect,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { connect as amqpConnect } from 'amqplib';
import { importJWK, SignJWT } from 'jose';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const stack = sharedStack(inject('sharedStack'));
let admin: TenantAdmin;
beforeAll(async () => {
  admin = await signupTenant(stack.call);
});

/** A token signed with the auth service's real key, but expired an hour ago. */
async function expiredToken(): Promise<string> {
  const client = new pg.Client({ connectionString: stack.database.url });
  await client.connect();
  const { rows } = await client.query(
    'select kid, private_jwk from signing_keys order by created_at desc limit 1',
  );
  await client.end();
  const key = await importJWK(rows[0].private_jwk, 'EdDSA');
  const past = Math.floor(Date.now() / 1000) - 3600;
  return new SignJWT({ tid: admin.tenantId, role: 'admin' })
    .setProtectedHeader({ alg: 'EdDSA', kid: rows[0].kid })
    .setSubject(admin.userId)
    .setIssuer('switchboard')
    .setIssuedAt(past - 900)
    .setExpirationTime(past)
    .setJti('expired-token')
    .sign(key);
}

const unsignedToken = () => {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: admin.userId, tid: admin.tenantId, role: 'admin', exp: 9_999_999_999 })}.`;
};

describe('authenticating a socket', () => {
  it('a valid token in auth.token is authenticated with the user, tenant, role and stream position', async () => {
    const client = connect(stack.baseUrl, { token: admin.token });
    const authenticated = await client.next('authenticated');
    expect(authenticated).toMatchObject({
      userId: admin.userId,
      tenantId: admin.tenantId,
      role: 'admin',
      epoch: expect.any(String),
      seq: expect.any(Number),
    });
    client.close();
  });

  it('accepts the token in an Authorization header or the token query', async () => {
    const byHeader = connect(stack.baseUrl, { headers: { authorization: `Bearer ${admin.token}` } });
    const byQuery = connect(stack.baseUrl, { query: { token: admin.token } });
    await Promise.all([byHeader.next('authenticated'), byQuery.next('authenticated')]);
    byHeader.close();
    byQuery.close();
  });

  it.each([
    ['forged', () => `${admin.token.slice(0, -4)}AAAA`],
    ['alg none', unsignedToken],
    ['expired', expiredToken],
    ['garbage', () => 'not-a-jwt'],
  ])('a %s token is refused with error UNAUTHENTICATED and disconnected', async (_kind, token) => {
    const client = connect(stack.baseUrl, { token: await token() });
    expect(await client.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
    await client.next('disconnect');
    expect(client.of('authenticated')).toEqual([]);
  });

  it('a deactivated user’s still-valid token is refused', async () => {
    const agent = await createAgent(stack.call, admin);
    await stack.call('DELETE', `/api/agents/${agent.id}`, { token: admin.token });
    const client = connect(stack.baseUrl, { token: agent.token });
    expect(await client.next('error')).toMatchObject({ code: 'UNAUTHENTICATED' });
    await client.next('disconnect');
  });

  it('late authenticate works', async () => {
    const client = connect(stack.baseUrl);
    await new Promise((resolve) => client.socket.once('connect', () => resolve(null)));
    client.socket.emit('authenticate', admin.token);
    expect(await client.next('authenticated')).toMatchObject({ userId: admin.userId });
    client.close();
  });

  it('a silent unauthenticated socket is dropped after 10 s', async () => {
    const client = connect(stack.baseUrl);
    const startedAt = Date.now();
    expect(await client.next('error', undefined, 14_000)).toMatchObject({ code: 'UNAUTHENTICATED' });
    await client.next('disconnect');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(9_500);
  });

  it('a deactivated user’s open sockets are disconnected', async () => {
    const agent = await createAgent(stack.call, admin);
    const client = connect(stack.baseUrl, { token: agent.token });
    await client.next('authenticated');
    await stack.call('DELETE', `/api/agents/${agent.id}`, { token: admin.token });
    await client.next('disconnect');
    expect(client.of('error')).toContainEqual(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('a flood of client events is rate limited', async () => {
    const client = connect(stack.baseUrl, { token: admin.token });
    await client.next('authenticated');
    for (let i = 0; i < 100; i++) client.socket.emit('typing_start', { ticketId: 'x' });
    expect(await client.next('error', (e) => e.code === 'RATE_LIMITED')).toBeTruthy();
    client.close();
  });
});

describe('limits and presence signals', () => {
  it('refuses a user’s connection beyond the per-user maximum', async () => {
    const agent = await createAgent(stack.call, admin);
    const open = [];
    for (let i = 0; i < 10; i++) open.push(await connectAuthenticated(stack.baseUrl, { token: agent.token }));
    const extra = connect(stack.baseUrl, { token: agent.token });
    expect(await extra.next('error')).toMatchObject({ code: 'TOO_MANY_CONNECTIONS' });
    await extra.next('disconnect');
    for (const client of open) client.close();
  });

  it('publishes socket.connected and socket.disconnected for the presence service', async () => {
    const connection = await amqpConnect(stack.vhost.url);
    const channel = await connection.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.assertExchange(EXCHANGE, 'topic', { durable: true });
    await channel.bindQueue(queue, EXCHANGE, 'socket.*');
    const events: { type: string; tenantId: string; data: Record<string, unknown> }[] = [];
    await channel.consume(queue, (msg) => msg && events.push(JSON.parse(msg.content.toString())), {
      noAck: true,
    });

    const agent = await createAgent(stack.call, admin);
    const client = connect(stack.baseUrl, {
      token: agent.token,
      headers: { 'user-agent': 'switchboard-test' },
    });
    await client.next('authenticated');
    const socketId = client.socket.id;
    client.close();
    const mine = () => events.filter((e) => e.data.socketId === socketId);
    await waitFor('both socket events', () => mine().length === 2);
    expect(mine().map((e) => e.type)).toEqual(['socket.connected', 'socket.disconnected']);
    expect(mine()[0]).toMatchObject({
      tenantId: admin.tenantId,
      data: { userId: agent.id, userAgent: 'switchboard-test', ip: expect.any(String) },
    });
    expect(mine()[1]?.data.reason).toEqual(expect.any(String));
    await connection.close();
  });
});
