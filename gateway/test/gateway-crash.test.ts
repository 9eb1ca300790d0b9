import {
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    gateways: 2,
    gatewayEnv: { GATEWAY_HEARTBEAT_TTL_MS: '1500' },
    presenceEnv: { PRESENCE_GRACE_SECONDS: '1', PRESENCE_SWEEP_MS: '200' },
  });
});
afterAll(() => stack?.stop());

it('an agent whose gateway is killed (kill -9) goes offline within the heartbeat TTL plus the grace', async () => {
  const [steady, doomed] = stack.gateways;
  const admin = await signupTenant(stack.call);
  const agent = await createAgent(stack.call, admin);
  await waitFor('agent known to presence', async () => {
    const res = await stack.call('GET', '/api/presence', { token: admin.token });
    return res.body?.data?.some((p: { agentId: string }) => p.agentId === agent.id);
  });
  const supervisorTab = await connectAuthenticated(steady?.url ?? '', { token: admin.token });
  await connectAuthenticated(doomed?.url ?? '', { token: agent.token });
  await supervisorTab.next('agent_online', (p) => p.agentId === agent.id);

  const killedAt = Date.now();
  doomed?.process.child.kill('SIGKILL');
  await supervisorTab.next('agent_offline', (p) => p.agentId === agent.id, 15_000);
  // TTL 1.5 s + grace 1 s + sweeps of 0.2 s, with room for a loaded machine.
  expect(Date.now() - killedAt).toBeLessThan(8_000);
  supervisorTab.close();
});
