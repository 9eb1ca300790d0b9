import {
  type Client,
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
 * docs/api.md §6 "Who is viewing", over two gateways on one Redis: each tab may be on either, and
 * every tab in the ticket hears the same list.
 */
const TYPING_TIMEOUT_MS = 1_000;
let stack: Stack;
let gw1: string;
let gw2: string;
let admin: TenantAdmin;
let ana: { id: string; token: string };
beforeAll(async () => {
  stack = await startStack({ gateways: 2, gatewayEnv: { TYPING_TIMEOUT_MS: String(TYPING_TIMEOUT_MS) } });
  [gw1, gw2] = stack.gateways.map((g) => g.url) as [string, string];
  admin = await signupTenant(stack.call);
  ana = await createAgent(stack.call, admin, { fullName: 'Ana Lima' });
});
afterAll(() => stack?.stop());

type Viewer = { userId: string; fullName: string; composing: boolean };

/** A ticket assigned to Ana: she and the admin may read it, other agents may not. */
async function anasTicket() {
  const created = await stack.call('POST', '/api/tickets', {
    token: admin.token,
    body: { subject: 'Refund', priority: 'high' },
  });
  expect(created.status).toBe(201);
  const { id } = created.body;
  await waitFor('agent known to the ticket service', async () => {
    const res = await stack.call('POST', `/api/tickets/${id}/assign`, {
      token: admin.token,
      body: { agentId: ana.id },
    });
    return res.status === 200;
  });
  return id as string;
}

const viewersOf = (client: Client, ticketId: string): Viewer[][] =>
  client.of('ticket_viewers', (p) => p.ticketId === ticketId).map((p) => p.viewers);

/** Waits until the latest list the tab heard for the ticket matches. */
const hears = (client: Client, ticketId: string, match: (viewers: Viewer[]) => boolean, timeoutMs = 10_000) =>
  waitFor(
    'ticket_viewers',
    () => {
      const latest = viewersOf(client, ticketId).at(-1);
      return latest && match(latest) ? latest : undefined;
    },
    timeoutMs,
  );
const ids = (viewers: Viewer[]) => viewers.map((v) => v.userId).sort();
const view = (client: Client, ticketId: string) => client.socket.emitWithAck('viewing_start', { ticketId });

describe('who is viewing a ticket', () => {
  it('two agents in one ticket each see the other, with composing while one types', async () => {
    const ticketId = await anasTicket();
    const anaTab = await connectAuthenticated(gw1, { token: ana.token });
    const adminTab = await connectAuthenticated(gw2, { token: admin.token });
    expect(await view(anaTab, ticketId)).toEqual({ ok: true });
    expect(await view(adminTab, ticketId)).toEqual({ ok: true });
    const both = [admin.userId, ana.id].sort();
    for (const tab of [anaTab, adminTab]) await hears(tab, ticketId, (v) => ids(v).join() === both.join());
    const heard = await hears(adminTab, ticketId, (v) => v.length === 2);
    expect(heard?.find((v) => v.userId === ana.id)).toEqual({
      userId: ana.id,
      fullName: 'Ana Lima',
      composing: false,
    });

    anaTab.socket.emit('typing_start', { ticketId });
    await hears(adminTab, ticketId, (v) => v.some((x) => x.userId === ana.id && x.composing));
    // Typing stops by itself after the typing timeout, and so does composing.
    await hears(
      adminTab,
      ticketId,
      (v) => v.length === 2 && v.every((x) => !x.composing),
      3 * TYPING_TIMEOUT_MS,
    );

    expect(await adminTab.socket.emitWithAck('viewing_stop', { ticketId })).toEqual({ ok: true });
    await hears(anaTab, ticketId, (v) => ids(v).join() === ana.id);
    anaTab.close();
    adminTab.close();
  });

  it('two tabs of one user are one viewer, until both have left', async () => {
    const ticketId = await anasTicket();
    const adminTab = await connectAuthenticated(gw1, { token: admin.token });
    const tabs = [
      await connectAuthenticated(gw1, { token: ana.token }),
      await connectAuthenticated(gw2, { token: ana.token }),
    ] as const;
    await view(adminTab, ticketId);
    for (const tab of tabs) await view(tab, ticketId);
    await hears(adminTab, ticketId, (v) => v.length === 2);
    const heard = viewersOf(adminTab, ticketId).length;

    tabs[0].close();
    await waitFor('the first tab’s leave', () => viewersOf(adminTab, ticketId).length > heard);
    expect(ids(viewersOf(adminTab, ticketId).at(-1) ?? [])).toEqual([admin.userId, ana.id].sort());
    // A closed tab leaves at once; well within the typing timeout.
    const closedAt = Date.now();
    tabs[1].close();
    await hears(adminTab, ticketId, (v) => ids(v).join() === admin.userId);
    expect(Date.now() - closedAt).toBeLessThan(TYPING_TIMEOUT_MS);
    adminTab.close();
  });

  it('a user who may not read the ticket is refused and never listed; another tenant hears nothing', async () => {
    const ticketId = await anasTicket();
    const bystander = await createAgent(stack.call, admin);
    const stranger = await signupTenant(stack.call, 'Other');
    const adminTab = await connectAuthenticated(gw1, { token: admin.token });
    const bystanderTab = await connectAuthenticated(gw2, { token: bystander.token });
    const strangerTab = await connectAuthenticated(gw2, { token: stranger.token });
    await view(adminTab, ticketId);
    for (const tab of [bystanderTab, strangerTab])
      expect(await view(tab, ticketId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await view(adminTab, { not: 'a ticket' } as never)).toMatchObject({ ok: false });

    // Ana's arrival is the marker: everything before it has been told.
    const anaTab = await connectAuthenticated(gw2, { token: ana.token });
    await view(anaTab, ticketId);
    await hears(adminTab, ticketId, (v) => v.length === 2);
    for (const list of viewersOf(adminTab, ticketId))
      expect(ids(list).filter((id) => id !== admin.userId && id !== ana.id)).toEqual([]);
    expect(bystanderTab.of('ticket_viewers')).toEqual([]);
    expect(strangerTab.of('ticket_viewers')).toEqual([]);
    for (const tab of [adminTab, bystanderTab, strangerTab, anaTab]) tab.close();
  });

  it('a viewing_stop sent before the gateway let the tab in wins: the closed ticket lists nobody', async () => {
    const ticketId = await anasTicket();
    const adminTab = await connectAuthenticated(gw1, { token: admin.token });
    const anaTab = await connectAuthenticated(gw2, { token: ana.token });
    await view(adminTab, ticketId);
    anaTab.socket.emit('viewing_start', { ticketId });
    anaTab.socket.emit('viewing_stop', { ticketId });
    // Time enough for the ticket service's answer to the start; then a second admin tab as a marker.
    await new Promise((r) => setTimeout(r, 500));
    const marker = await connectAuthenticated(gw2, { token: admin.token });
    await view(marker, ticketId);
    await waitFor('the marker’s list', () => viewersOf(adminTab, ticketId).length >= 2);
    for (const list of viewersOf(adminTab, ticketId)) expect(ids(list)).toEqual([admin.userId]);
    for (const tab of [adminTab, anaTab, marker]) tab.close();
  });

  it('an agent who loses access to the ticket leaves the list', async () => {
    const ticketId = await anasTicket();
    const other = await createAgent(stack.call, admin);
    const adminTab = await connectAuthenticated(gw1, { token: admin.token });
    const anaTab = await connectAuthenticated(gw2, { token: ana.token });
    await view(adminTab, ticketId);
    await view(anaTab, ticketId);
    await hears(adminTab, ticketId, (v) => v.length === 2);
    await waitFor('agent known to the ticket service', async () => {
      const res = await stack.call('POST', `/api/tickets/${ticketId}/assign`, {
        token: admin.token,
        body: { agentId: other.id },
      });
      return res.status === 200;
    });
    await hears(adminTab, ticketId, (v) => ids(v).join() === admin.userId);
    adminTab.close();
    anaTab.close();
  });

  it('the viewers of a killed gateway leave within the typing timeout', async () => {
    const ticketId = await anasTicket();
    const doomed = await stack.startGateway();
    const adminTab = await connectAuthenticated(gw1, { token: admin.token });
    const anaTab = await connectAuthenticated(doomed.url, { token: ana.token });
    await view(adminTab, ticketId);
    await view(anaTab, ticketId);
    await hears(adminTab, ticketId, (v) => v.length === 2);
    const killedAt = Date.now();
    doomed.process.child.kill('SIGKILL');
    await hears(adminTab, ticketId, (v) => ids(v).join() === admin.userId);
    // The timeout plus room for a loaded machine.
    expect(Date.now() - killedAt).toBeLessThan(TYPING_TIMEOUT_MS + 1_000);
    adminTab.close();
  });
});
