import {
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ presenceEnv: { PRESENCE_GRACE_SECONDS: '1', PRESENCE_SWEEP_MS: '200' } });
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

const ms = (iso: string) => Date.parse(iso);
const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));

describe('an agent’s day as the supervisor sees it', () => {
  it('clock in, connect, break, clock out: exact session totals, and online → status change → offline in order', async () => {
    const admin = await signupTenant(stack.call);
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const agent = await createAgent(stack.call, admin);
    await waitFor('agent known to presence', async () => {
      const res = await stack.call('GET', '/api/presence', { token: supervisor.token });
      return res.body?.data?.some((p: { agentId: string }) => p.agentId === agent.id);
    });
    const board = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });
    const elsewhere = await signupTenant(stack.call, 'Elsewhere');
    const elsewhereBoard = await connectAuthenticated(stack.baseUrl, { token: elsewhere.token });
    const post = async (path: string, body?: unknown) => {
      const res = await stack.call('POST', path, { token: agent.token, body });
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(200);
    };

    await post('/api/sessions/clock-in');
    const tab = await connectAuthenticated(stack.baseUrl, { token: agent.token });
    await board.next('agent_online', (p) => p.agentId === agent.id);
    await post('/api/sessions/break/start', { reason: 'coffee' });
    await board.next('agent_status_change', (p) => p.agentId === agent.id && p.activity === 'break');
    await sleep(1_200);
    await post('/api/sessions/break/end');
    await sleep(600);
    await post('/api/sessions/clock-out');
    tab.close();
    await board.next('agent_offline', (p) => p.agentId === agent.id);

    // The status events; the agent's activity lines and performance have tests of their own.
    const seen = board.received
      .filter((r) => r.payload?.agentId === agent.id)
      .filter((r) => r.name !== 'agent_activity' && r.name !== 'performance_update')
      .map((r) => (r.name === 'agent_status_change' ? `${r.name}:${r.payload.activity}` : r.name));
    const first = (name: string) => seen.indexOf(name);
    expect(first('agent_online')).toBeGreaterThanOrEqual(0);
    expect(first('agent_online')).toBeLessThan(first('agent_status_change:break'));
    expect(first('agent_status_change:break')).toBeLessThan(first('agent_status_change:clocked_out'));
    expect(first('agent_status_change:clocked_out')).toBeLessThan(first('agent_offline'));
    expect(seen.at(-1)).toBe('agent_offline');

    const sessions = await stack.call('GET', `/api/sessions?agentId=${agent.id}`, {
      token: supervisor.token,
    });
    expect(sessions.body.data).toHaveLength(1);
    const [session] = sessions.body.data;
    expect(session.breaks).toHaveLength(1);
    const [pause] = session.breaks;
    expect(pause.reason).toBe('coffee');
    const breakMs = ms(pause.endedAt) - ms(pause.startedAt);
    expect(breakMs).toBeGreaterThanOrEqual(1_200);
    expect(session.breakSeconds).toBe(Math.floor(breakMs / 1000));
    const sessionMs = ms(session.endedAt) - ms(session.startedAt);
    expect(session.workedSeconds).toBe(Math.floor((sessionMs - breakMs) / 1000));
    // Another tenant's supervisor, connected all along, heard nothing of this agent.
    expect(elsewhereBoard.received.filter((r) => r.payload?.agentId === agent.id)).toEqual([]);
    board.close();
    elsewhereBoard.close();
  });
});
