import { randomBytes } from 'node:crypto';
import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  type TenantAdmin,
} from '@switchboard/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';

/*
 * @mentions and the notification inbox through the public port (issue 20, docs/api.md §4.18): a note
 * naming a colleague reaches that colleague's tabs live and their unread count, nobody else's.
 */

const stack = sharedStack(inject('sharedStack'));
const clients: Client[] = [];
afterAll(() => {
  for (const client of clients) client.close();
});

const tab = async (token: string) => {
  const client = await connectAuthenticated(stack.baseUrl, { token });
  clients.push(client);
  return client;
};

/** An agent with a username of ours, so a note can name them. */
const agentNamed = async (admin: TenantAdmin, username: string) => ({
  ...(await createAgent(stack.call, admin, { username })),
  username,
});
// Tickets stay in the queue (readable by every agent) while the test runs: nothing auto-assigns them.
const noAutoAssignment = (admin: TenantAdmin) =>
  stack.call('PUT', '/api/assignment/settings', {
    token: admin.token,
    body: { enabled: false, defaultCapacity: 3, reassignAfterMinutes: null, categoryDepartments: {} },
  });
const inbox = async (token: string, query = '') =>
  (await stack.call('GET', `/api/notifications${query}`, { token })).body;

describe('@mentions in an internal note', () => {
  it('give the named colleague a live notification and an unread count of 1, and nobody else', async () => {
    const admin = await signupTenant(stack.call, 'Mentions');
    await noAutoAssignment(admin);
    const tag = randomBytes(3).toString('hex');
    const [agent1, agent2, agent3] = await Promise.all([
      agentNamed(admin, `one_${tag}`),
      agentNamed(admin, `two_${tag}`),
      agentNamed(admin, `three_${tag}`),
    ]);
    // Another tenant's agent with the very same username hears nothing of it.
    const other = await signupTenant(stack.call, 'Elsewhere');
    const namesake = await agentNamed(other, agent2.username);
    const [agent2Tab, agent2SecondTab, agent3Tab, namesakeTab] = await Promise.all([
      tab(agent2.token),
      tab(agent2.token),
      tab(agent3.token),
      tab(namesake.token),
    ]);

    const ticket = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Refund for order 42', priority: 'medium' },
    });
    expect(ticket.status).toBe(201);
    const note = await stack.call('POST', `/api/tickets/${ticket.body.id}/messages`, {
      token: agent1.token,
      body: { body: `@${agent2.username} can you check the refund?`, internal: true },
    });
    expect(note.status, JSON.stringify(note.body)).toBe(201);

    const live = await agent2Tab.next('notification', (p) => p.ticketId === ticket.body.id, 30_000);
    expect(live).toMatchObject({
      type: 'mention',
      title: 'Refund for order 42',
      readAt: null,
      unreadCount: 1,
    });
    expect(live.body).toContain('can you check the refund?');
    const listed = await inbox(agent2.token, '?unread=true');
    expect(listed.meta.unreadCount).toBe(1);
    expect(listed.data).toEqual([
      expect.objectContaining({ id: live.id, type: 'mention', ticketId: ticket.body.id }),
    ]);

    for (const who of [agent1, agent3, namesake]) expect((await inbox(who.token)).meta.unreadCount).toBe(0);
    expect([...agent3Tab.of('notification'), ...namesakeTab.of('notification')]).toEqual([]);

    // Read in one tab: the other tab of the same user learns the count went to 0.
    const read = await stack.call('POST', `/api/notifications/${live.id}/read`, { token: agent2.token });
    expect(read.body.meta.unreadCount).toBe(0);
    const synced = await agent2SecondTab.next('notifications_read', (p) =>
      p.notificationIds.includes(live.id),
    );
    expect(synced.unreadCount).toBe(0);
    const foreign = await stack.call('POST', `/api/notifications/${live.id}/read`, { token: namesake.token });
    expect(foreign.status).toBe(404);
  });
});
