import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  waitFor,
} from '@switchboard/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';

const stack = sharedStack(inject('sharedStack'));

/** The presence service's floor routes, through the gateway. */
const presence = (method: string, path: string, token: string, body?: unknown) =>
  stack.call(method, path, { token, ...(body !== undefined ? { body } : {}) });

const knownToPresence = (token: string, ids: string[]) =>
  waitFor('users known to presence', async () => {
    const res = await stack.call('GET', '/api/presence', { token });
    const known = new Set((res.body?.data ?? []).map((p: { agentId: string }) => p.agentId));
    return ids.every((id) => known.has(id));
  });

describe('broadcasts and help requests on the socket', () => {
  const tabs: Client[] = [];
  afterAll(() => {
    for (const tab of tabs) tab.close();
  });

  it('a broadcast to agents reaches only the agents; a help request reaches the supervisor', async () => {
    const admin = await signupTenant(stack.call, 'Floor');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const agent = await createAgent(stack.call, admin);
    const otherAgent = await createAgent(stack.call, admin, { department: 'Billing' });
    const elsewhereAdmin = await signupTenant(stack.call, 'Elsewhere');
    const elsewhereAgent = await createAgent(stack.call, elsewhereAdmin);
    await knownToPresence(admin.token, [supervisor.id, agent.id, otherAgent.id]);
    await knownToPresence(elsewhereAdmin.token, [elsewhereAgent.id]);

    const connectAs = (u: { token: string }) => connectAuthenticated(stack.baseUrl, { token: u.token });
    const [supervisorTab, agentTab, otherAgentTab, elsewhereTab] = await Promise.all([
      connectAs(supervisor),
      connectAs(agent),
      connectAs(otherAgent),
      connectAs(elsewhereAgent),
    ]);
    tabs.push(supervisorTab, agentTab, otherAgentTab, elsewhereTab);

    const sent = await presence('POST', '/api/broadcasts', supervisor.token, {
      message: 'Queue is long, skip breaks',
      audience: { type: 'role', value: 'agent' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const broadcastId: string = sent.body.id;
    const isIt = (p: { broadcastId?: string }) => p.broadcastId === broadcastId;
    for (const tab of [agentTab, otherAgentTab]) {
      expect(await tab.next('broadcast', isIt)).toMatchObject({
        broadcastId,
        senderId: supervisor.id,
        message: 'Queue is long, skip breaks',
        audience: { type: 'role', value: 'agent' },
      });
    }

    // Markers sent after it: once they arrive, the role broadcast would have arrived before them.
    const marker = await presence('POST', '/api/broadcasts', admin.token, {
      message: 'marker',
      audience: { type: 'all', value: null },
    });
    expect(marker.status).toBe(201);
    const elsewhereMarker = await presence('POST', '/api/broadcasts', elsewhereAdmin.token, {
      message: 'marker elsewhere',
      audience: { type: 'all' },
    });
    expect(elsewhereMarker.status).toBe(201);
    await supervisorTab.next('broadcast', (p) => p.broadcastId === marker.body.id);
    await elsewhereTab.next('broadcast', (p) => p.broadcastId === elsewhereMarker.body.id);
    expect(supervisorTab.of('broadcast', isIt)).toEqual([]);
    expect(elsewhereTab.of('broadcast', isIt)).toEqual([]);
    expect(elsewhereTab.of('broadcast', (p) => p.broadcastId === marker.body.id)).toEqual([]);

    // A help request: supervisors see it arrive, the requester too; accepting it tells the requester.
    const asked = await presence('POST', '/api/help-requests', agent.token, { message: 'Angry caller' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const helpRequestId: string = asked.body.id;
    const isHelp = (p: { helpRequestId?: string }) => p.helpRequestId === helpRequestId;
    expect(await supervisorTab.next('help_requested', isHelp)).toMatchObject({
      helpRequestId,
      requesterId: agent.id,
      ticketId: null,
      message: 'Angry caller',
    });
    await agentTab.next('help_requested', isHelp);

    const accepted = await presence('POST', `/api/help-requests/${helpRequestId}/accept`, supervisor.token);
    expect(accepted.status).toBe(200);
    expect(await agentTab.next('help_updated', isHelp)).toMatchObject({
      status: 'accepted',
      actorId: supervisor.id,
    });
    await supervisorTab.next('help_updated', isHelp);
    // Another agent is not told about it.
    expect(otherAgentTab.of('help_requested', isHelp)).toEqual([]);
  });
});
