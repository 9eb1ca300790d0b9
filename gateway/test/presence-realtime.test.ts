import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAuthenticated } from './support/sockets.js';
import { type Stack, startStack } from './support/stack.js';
import { createAgent, signupTenant } from './support/tenants.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('presence on the socket', () => {
  it('a supervisor sees an agent come online with a socket, then their status change', async () => {
    const admin = await signupTenant(stack.call);
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const agent = await createAgent(stack.call, admin);
    // The presence service learns the tenant's users from auth's events.
    await waitFor('agent known to presence', async () => {
      const res = await stack.call('GET', '/api/presence', { token: supervisor.token });
      return res.body?.data?.some((p: { agentId: string }) => p.agentId === agent.id);
    });
    const supervisorTab = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });

    const agentTab = await connectAuthenticated(stack.baseUrl, { token: agent.token });
    expect(await supervisorTab.next('agent_online', (p) => p.agentId === agent.id)).toMatchObject({
      agentId: agent.id,
      status: 'online',
    });

    const set = await stack.call('PUT', `/api/agents/${agent.id}/status`, {
      token: agent.token,
      body: { status: 'away' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ onlineStatus: 'away', connections: 1 });
    expect(await supervisorTab.next('agent_status_change', (p) => p.agentId === agent.id)).toMatchObject({
      status: 'away',
    });
    const presence = await stack.call('GET', '/api/presence', { token: agent.token });
    expect(presence.body.data.find((p: { agentId: string }) => p.agentId === agent.id)).toMatchObject({
      onlineStatus: 'away',
      availability: 'offline', // not clocked in
    });
    agentTab.close();
    supervisorTab.close();
  });
});
