import { createAgent, sharedStack, signupTenant, waitFor } from '@switchboard/testing';
import { describe, expect, inject, it } from 'vitest';

/*
 * The audit log through the public port (issue 20's acceptance, SPEC §8.2): a role change and an
 * approval appear in /api/audit with before/after; only the tenant's admin reads it.
 */

const stack = sharedStack(inject('sharedStack'));

type Entry = { action: string; actorId: string; actorRole: string; before: unknown; after: unknown };

describe('the audit log', () => {
  it('lists a role change and an approval with before and after, for admins only', async () => {
    const admin = await signupTenant(stack.call, 'Auditors');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const agent = await createAgent(stack.call, admin);
    const promoted = await createAgent(stack.call, admin);
    const role = await stack.call('PUT', `/api/agents/${promoted.id}`, {
      token: admin.token,
      body: { role: 'supervisor' },
    });
    expect(role.status).toBe(200);

    // A supervisor-assigned ticket needs approval: the agent asks, the supervisor approves.
    const ticket = await stack.call('POST', '/api/tickets', {
      token: agent.token,
      body: { subject: 'Refund the duplicate charge', description: 'Twice', priority: 'high' },
    });
    const id = ticket.body.id as string;
    const as = (token: string, body: unknown) => ({ token, body });
    await stack.call('POST', `/api/tickets/${id}/assign`, as(supervisor.token, { agentId: agent.id }));
    await stack.call('PATCH', `/api/tickets/${id}`, as(agent.token, { status: 'IN_PROGRESS' }));
    await stack.call('PATCH', `/api/tickets/${id}`, as(agent.token, { status: 'RESOLUTION_REQUESTED' }));
    const approved = await stack.call(
      'PATCH',
      `/api/tickets/${id}`,
      as(supervisor.token, { status: 'RESOLVED' }),
    );
    expect(approved.body.status).toBe('RESOLVED');

    const entries = async (query: string) =>
      (await stack.call('GET', `/api/audit${query}`, { token: admin.token })).body.data as Entry[];
    await waitFor(
      'role change audited',
      async () => (await entries('?action=user.role_changed')).length === 1,
    );
    expect(await entries('?action=user.role_changed')).toMatchObject([
      { actorId: admin.userId, actorRole: 'admin', before: { role: 'agent' }, after: { role: 'supervisor' } },
    ]);
    await waitFor(
      'approval audited',
      async () => (await entries('?action=ticket.resolution_approved')).length === 1,
    );
    expect(await entries(`?actorId=${supervisor.id}`)).toMatchObject([
      {
        action: 'ticket.resolution_approved',
        actorRole: 'supervisor',
        before: { status: 'RESOLUTION_REQUESTED' },
        after: { status: 'RESOLVED' },
      },
      {
        action: 'ticket.assigned',
        actorRole: 'supervisor',
        before: { assigneeId: null },
        after: { assigneeId: agent.id },
      },
    ]);

    // The agent's own moves of the ticket are no staff change; the log is the admin's alone.
    expect(await entries(`?actorId=${agent.id}`)).toEqual([]);
    for (const reader of [supervisor, agent])
      expect((await stack.call('GET', '/api/audit', { token: reader.token })).status).toBe(403);
    const other = await signupTenant(stack.call, 'Outsiders');
    const theirs = await stack.call('GET', '/api/audit?targetType=user', { token: other.token });
    expect(theirs.body.data.map((e: Entry) => e.actorId)).not.toContain(admin.userId);
  });
});
