import {
  type Client,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  type TenantAdmin,
} from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let stack: Stack;
let tenantA: TenantAdmin;
let tenantB: TenantAdmin;
beforeAll(async () => {
  stack = await startStack({ gateways: 2 });
  [tenantA, tenantB] = [await signupTenant(stack.call, 'A'), await signupTenant(stack.call, 'B')];
});
afterAll(() => stack?.stop());

const usernameIs = (name: string) => (p: { username?: string }) => p.username === name;

it('an agent created in tenant A reaches both A sockets exactly once and no B socket', async () => {
  const [gw1, gw2] = stack.gateways.map((g) => g.url) as [string, string];
  const a: Client[] = [
    await connectAuthenticated(gw1, { token: tenantA.token }),
    await connectAuthenticated(gw2, { token: tenantA.token }),
  ];
  const b: Client[] = [
    await connectAuthenticated(gw1, { token: tenantB.token }),
    await connectAuthenticated(gw2, { token: tenantB.token }),
  ];

  await stack.call('POST', '/api/agents', {
    token: tenantA.token,
    body: {
      username: 'fanout_a1',
      email: 'fanout-a1@example.com',
      fullName: 'Fan Out',
      role: 'agent',
      department: 'Support',
      password: 'Passw0rdX',
    },
  });
  // Later events in both tenants mark the point by which everything before them has arrived.
  const markerA = await createAgent(stack.call, tenantA);
  const markerB = await createAgent(stack.call, tenantB);
  await Promise.all(a.map((c) => c.next('agent_created', (p) => p.id === markerA.id)));
  await Promise.all(b.map((c) => c.next('agent_created', (p) => p.id === markerB.id)));

  for (const client of a) {
    const delivered = client.of('agent_created', usernameIs('fanout_a1'));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      tenantId: tenantA.tenantId,
      type: 'user.created',
      seq: expect.any(Number),
      epoch: expect.any(String),
      eventId: expect.any(String),
    });
  }
  for (const client of b) {
    expect(client.received.filter((r) => r.payload?.tenantId === tenantA.tenantId)).toEqual([]);
  }
  for (const client of [...a, ...b]) client.close();
});

it('events of one tenant reach each socket in seq order across two gateways', async () => {
  const clients = await Promise.all(
    stack.gateways.map((g) => connectAuthenticated(g.url, { token: tenantA.token })),
  );
  const agent = await createAgent(stack.call, tenantA);
  for (let i = 0; i < 20; i++) {
    await stack.call('PUT', `/api/agents/${agent.id}`, {
      token: tenantA.token,
      body: { fullName: `Renamed ${i}` },
    });
  }
  for (const client of clients) {
    await client.next('agent_updated', (p) => p.fullName === 'Renamed 19');
    const seqs = client.of('agent_updated').map((p) => p.seq);
    expect(seqs).toHaveLength(20);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(client.of('agent_updated').map((p) => p.fullName)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Renamed ${i}`),
    );
    client.close();
  }
});
