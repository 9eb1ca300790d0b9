import {
  type Client,
  connect,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Issue 15 item 7, the realtime and input side: the help-request existence oracle, read receipts
 * from viewers, the per-user tab limit under simultaneous connects (across two gateways), the
 * live board at capacity, and job_update keeping the job's own type.
 */

const HEARTBEAT_TTL_MS = 1_500;
let stack: Stack;
let admin: TenantAdmin;
beforeAll(async () => {
  stack = await startStack({
    gateways: 2,
    gatewayEnv: { GATEWAY_HEARTBEAT_TTL_MS: String(HEARTBEAT_TTL_MS) },
    presenceEnv: { GATEWAY_HEARTBEAT_TTL_MS: String(HEARTBEAT_TTL_MS) },
  });
  admin = await signupTenant(stack.call, 'Holes');
});
afterAll(() => stack?.stop());

const openTicket = async (token: string) => {
  const res = await stack.call('POST', '/api/tickets', { token, body: { subject: 'Hole', priority: 'low' } });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

describe('help requests', () => {
  it('a ticket id that does not exist answers exactly as another tenant’s: 404, same body', async () => {
    const other = await signupTenant(stack.call, 'Elsewhere');
    const theirs = await openTicket(other.token);
    const mine = await openTicket(admin.token);
    const agent = await createAgent(stack.call, admin);
    const ask = (ticketId: string) =>
      stack.call('POST', '/api/help-requests', { token: agent.token, body: { ticketId, message: 'help' } });
    // presence learns tickets from their events: once it knows ours, it knows theirs too
    await waitFor('presence knows the ticket', async () => (await ask(mine)).status === 201);
    const foreign = await ask(theirs);
    const missing = await ask(crypto.randomUUID());
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect([missing.status, missing.body]).toEqual([foreign.status, foreign.body]);
  });
});

describe('read receipts', () => {
  it('a viewer cannot post one (403); an agent on the ticket can', async () => {
    const viewer = await createAgent(stack.call, admin, { role: 'viewer' });
    const id = await openTicket(admin.token);
    const message = await stack.call('POST', `/api/tickets/${id}/messages`, {
      token: admin.token,
      body: { body: 'Hello' },
    });
    const read = (token: string) =>
      stack.call('POST', `/api/tickets/${id}/messages/${message.body.id}/read`, { token });
    const byViewer = await read(viewer.token);
    expect([byViewer.status, byViewer.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    expect((await read(supervisor.token)).status).toBe(200);
  });
});

describe('the per-user tab limit (SOCKET_MAX_CONNECTIONS_PER_USER = 10)', () => {
  const opened: Client[] = [];
  afterAll(() => {
    for (const c of opened) c.close();
  });
  /** Opens `n` tabs of `token` at the same moment, alternating gateways; resolves once each has an answer. */
  async function openAtOnce(token: string, n: number, urls = stack.gateways.map((g) => g.url)) {
    const tabs = Array.from({ length: n }, (_, i) => connect(urls[i % urls.length] as string, { token }));
    opened.push(...tabs);
    await Promise.all(
      tabs.map((t) => waitFor('an answer', () => t.of('authenticated')[0] ?? t.of('error')[0], 20_000)),
    );
    return {
      admitted: tabs.filter((t) => t.of('authenticated').length > 0),
      refused: tabs.filter((t) => t.of('error', (e) => e.code === 'TOO_MANY_CONNECTIONS').length > 0),
    };
  }

  it('eleven tabs opened at once across two gateways: ten are admitted, one refused; closing one frees its slot', async () => {
    const agent = await createAgent(stack.call, admin);
    const { admitted, refused } = await openAtOnce(agent.token, 11);
    expect([admitted.length, refused.length]).toEqual([10, 1]);
    admitted[0]?.close();
    await admitted[0]?.next('disconnect');
    await waitFor('the freed slot is taken', async () => {
      const { admitted: again } = await openAtOnce(agent.token, 1);
      return again.length === 1;
    });
  });

  it('the slots of a gateway killed without goodbye are freed once its heartbeat expires', async () => {
    const agent = await createAgent(stack.call, admin);
    const doomed = await stack.startGateway();
    const { admitted } = await openAtOnce(agent.token, 10, [doomed.url]);
    expect(admitted).toHaveLength(10);
    await doomed.process.stop('SIGKILL');
    await new Promise((r) => setTimeout(r, HEARTBEAT_TTL_MS + 500));
    const { admitted: after } = await openAtOnce(agent.token, 10, [stack.baseUrl]);
    expect(after).toHaveLength(10);
  });
});

describe('the live board', () => {
  it('an agent whose open tickets reach the capacity a supervisor set shows as busy, not available', async () => {
    const agent = await createAgent(stack.call, admin);
    const onBoard = async () =>
      (await stack.call('GET', '/api/presence', { token: admin.token })).body?.data?.find(
        (p: { agentId: string }) => p.agentId === agent.id,
      );
    await waitFor('agent known to presence', onBoard);
    // Capacity 1 before the agent is ready, so auto-assignment (the tenant's earlier tests leave
    // tickets queued) can give them at most one ticket besides the one assigned below.
    const set = await stack.call('PUT', `/api/assignment/agents/${agent.id}`, {
      token: admin.token,
      body: { capacity: 1 },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await stack.call('POST', '/api/sessions/clock-in', { token: agent.token })).status).toBe(200);
    const tab = await connectAuthenticated(stack.baseUrl, { token: agent.token });
    const id = await openTicket(admin.token);
    await waitFor('the ticket is the agent’s', async () => {
      await stack.call('POST', `/api/tickets/${id}/assign`, {
        token: admin.token,
        body: { agentId: agent.id },
      });
      const ticket = await stack.call('GET', `/api/tickets/${id}`, { token: admin.token });
      return ticket.body.assigneeId === agent.id;
    });
    const busy = await waitFor('the board shows the agent busy', async () => {
      const entry = await onBoard();
      return entry?.availability === 'busy' ? entry : undefined;
    });
    // Below the default capacity of 3: only the capacity the supervisor set makes them busy.
    expect(busy.capacity).toBe(1);
    expect(busy.openTickets).toBeGreaterThanOrEqual(1);
    expect(busy.openTickets).toBeLessThan(3);
    tab.close();
  });
});

describe('job_update', () => {
  it('carries the job’s own type (EXCEL_EXPORT), not the domain event’s name', async () => {
    const tab = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const today = new Date().toISOString().slice(0, 10);
    const job = await stack.call('POST', '/api/reports/export', {
      token: admin.token,
      body: { report: 'team', from: today, to: today },
    });
    expect(job.status).toBe(202);
    const update = await tab.next('job_update', (j) => j.jobId === job.body.jobId, 30_000);
    expect(update).toMatchObject({ id: job.body.jobId, type: 'EXCEL_EXPORT' });
    expect(update.eventId).toEqual(expect.any(String));
    tab.close();
  });
});
