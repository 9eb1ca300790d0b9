import {
  type Client,
  connect,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  type TenantAdmin,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gatewayEnv: { STREAM_MAX_EVENTS: '100' } });
});
afterAll(() => stack?.stop());

/** `count` renames of one agent: one agent_updated each, in order. */
async function renames(admin: TenantAdmin, agentId: string, label: string, count: number) {
  for (let i = 0; i < count; i++) {
    await stack.call('PUT', `/api/agents/${agentId}`, {
      token: admin.token,
      body: { fullName: `${label} ${i}` },
    });
  }
}

/** The last event a client saw, as its resume position. */
const positionOf = (client: Client) => {
  const last = client.received.filter((r) => typeof r.payload?.seq === 'number').at(-1)?.payload;
  return { epoch: last.epoch as string, lastSeq: last.seq as number };
};

async function missAndResume(admin: TenantAdmin, agentId: string, label: string, restartGateway: boolean) {
  const first = await connectAuthenticated(stack.baseUrl, { token: admin.token });
  // Presence answers this first tab with agent_online; on a loaded machine it can come after the
  // rename below, so it is awaited: otherwise it would be one of the "missed" events.
  await first.next('agent_online', (p) => p.agentId === admin.userId);
  // Another tab stays connected: once it has the last missed event, all 50 are in the stream.
  const observer = await connectAuthenticated(stack.baseUrl, { token: admin.token });
  await renames(admin, agentId, `${label} before`, 1);
  await first.next('agent_updated', (p) => p.fullName === `${label} before 0`);
  const position = positionOf(first);
  first.close();

  await renames(admin, agentId, `${label} missed`, 50);
  await observer.next('agent_updated', (p) => p.fullName === `${label} missed 49`);
  observer.close();
  if (restartGateway) {
    const [gateway] = stack.gateways;
    await gateway?.process.stop();
    stack.gateways.length = 0;
    await stack.startGateway(gateway?.port);
  }

  const back = connect(stack.baseUrl, { token: admin.token, resume: position });
  const resumed = await back.next('resumed');
  await renames(admin, agentId, `${label} live`, 3);
  await back.next('agent_updated', (p) => p.fullName === `${label} live 2`);
  return { back, resumed, position };
}

describe('resuming after a disconnect', () => {
  it.each([
    ['while the gateway stays up', false],
    ['when the gateway restarted meanwhile', true],
  ])(
    'replays exactly the missed events in order, then live ones without gap or duplicate (%s)',
    async (label, restart) => {
      const admin = await signupTenant(stack.call, 'Resume');
      const agent = await createAgent(stack.call, admin);
      const { back, resumed, position } = await missAndResume(admin, agent.id, label, restart);

      // Presence may announce the admin's own coming online inside the gap (its socket.connected
      // is handled concurrently, later under load): the replay rightly includes it.
      const names = back.received.map((r) => r.name);
      const replayed = names.slice(names.indexOf('authenticated') + 1, names.indexOf('resumed'));
      expect(resumed).toEqual({ recovered: true, replayed: replayed.length });
      expect(replayed.filter((n) => n === 'agent_updated')).toHaveLength(50);
      expect(replayed.every((n) => n.startsWith('agent_'))).toBe(true);
      const updates = back.of('agent_updated');
      expect(updates.map((p) => p.fullName)).toEqual([
        ...Array.from({ length: 50 }, (_, i) => `${label} missed ${i}`),
        ...Array.from({ length: 3 }, (_, i) => `${label} live ${i}`),
      ]);
      // No gap and no duplicate: every event of the tenant after the position, once, in order.
      const seqs = back.received
        .filter((r) => r.name !== 'authenticated' && r.payload?.seq)
        .map((r) => r.payload.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => position.lastSeq + 1 + i));
      back.close();
    },
    // 54 writes one after another and maybe a gateway restart: on a loaded 2-core machine, slow.
    120_000,
  );

  it('a resume from another epoch is not recovered', async () => {
    const admin = await signupTenant(stack.call, 'Epoch');
    const client = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    client.socket.emit('resume', { epoch: 'some-other-epoch', lastSeq: 0 });
    expect(await client.next('resumed')).toMatchObject({ recovered: false });
    client.close();
  });

  it('a resume from before the retained window is not recovered', async () => {
    const admin = await signupTenant(stack.call, 'Window');
    const agent = await createAgent(stack.call, admin);
    const client = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const { epoch } = await client.next('authenticated');
    await renames(admin, agent.id, 'Flood', 120);
    await client.next('agent_updated', (p) => p.fullName === 'Flood 119');
    client.socket.emit('resume', { epoch, lastSeq: 1 });
    expect(await client.next('resumed')).toMatchObject({ recovered: false, epoch });
    client.close();
  });

  it('a resume from the head is recovered with nothing to replay', async () => {
    const admin = await signupTenant(stack.call, 'Head');
    const client = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const { epoch, seq } = await client.next('authenticated');
    client.socket.emit('resume', { epoch, lastSeq: seq });
    expect(await client.next('resumed')).toEqual({ recovered: true, replayed: 0 });
    client.close();
  });
});
