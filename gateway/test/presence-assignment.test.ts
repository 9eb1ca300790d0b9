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
  stack = await startStack({ ticketsEnv: { ASSIGNMENT_SWEEP_MS: '200' } });
});
afterAll(() => stack?.stop());

const ticketOf = async (token: string, id: string) =>
  (await stack.call('GET', `/api/tickets/${id}`, { token })).body;

it('the real presence service drives assignment: nothing while on break, the waiting ticket once it ends', async () => {
  const admin = await signupTenant(stack.call);
  const agent = await createAgent(stack.call, admin);
  await waitFor('agent known to presence', async () => {
    const res = await stack.call('GET', '/api/presence', { token: admin.token });
    return res.body?.data?.some((p: { agentId: string }) => p.agentId === agent.id);
  });
  const board = await connectAuthenticated(stack.baseUrl, { token: admin.token });

  // Clocked in, with the app open (online), then straight onto a break.
  expect((await stack.call('POST', '/api/sessions/clock-in', { token: agent.token })).status).toBe(200);
  const tab = await connectAuthenticated(stack.baseUrl, { token: agent.token });
  await board.next('agent_online', (p) => p.agentId === agent.id);
  await stack.call('POST', '/api/sessions/break/start', { token: agent.token, body: { reason: 'lunch' } });
  // The ticket service learns of the break from its own queue, maybe after the board did.
  await waitFor('the break known to the assignment engine', async () => {
    const res = await stack.call('GET', `/api/assignment/agents/${agent.id}`, { token: admin.token });
    return res.body?.readyForWork === false;
  });
  expect(
    await board.next('agent_status_change', (p) => p.agentId === agent.id && p.activity === 'break'),
  ).toMatchObject({
    availability: 'busy',
  });

  const { id } = (
    await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Waiting', priority: 'high' },
    })
  ).body;
  // Several assignment sweeps (every 200 ms) pass: the agent on break gets nothing.
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await ticketOf(admin.token, id)).toMatchObject({ status: 'NEW', assigneeId: null });

  await stack.call('POST', '/api/sessions/break/end', { token: agent.token });
  const assigned = await waitFor('the waiting ticket pulled to the agent', async () => {
    const ticket = await ticketOf(admin.token, id);
    return ticket.assigneeId === agent.id ? ticket : null;
  });
  expect(assigned.status).toBe('ASSIGNED');
  expect(await tab.next('conversation_assigned', (t) => t.id === id)).toMatchObject({ assigneeId: agent.id });
  tab.close();
  board.close();
});
