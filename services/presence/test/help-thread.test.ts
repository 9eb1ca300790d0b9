import { newEvent, uuidv7 } from '@switchboard/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastRecipients, broadcasts, helpRequestMessages } from '../src/data/schema.js';
import { type PresenceHarness, startPresence, type Team } from './support/presence-harness.js';

let h: PresenceHarness;
let team: Team;
let other: Team;
beforeAll(async () => {
  h = await startPresence();
  [team, other] = await Promise.all([h.tenant(), h.tenant()]);
});
afterAll(() => h?.stop());

const threadPath = (id: string) => `/api/help-requests/${id}/messages`;

describe('a help request’s thread', () => {
  it('the asker and supervisors write and read it, oldest first, each message announced', async () => {
    const { agent, supervisor, admin } = team;
    const asked = await h.call('POST', '/api/help-requests', { as: agent, body: { message: 'Stuck' } });
    const id = asked.body.id as string;
    const fromAgent = await h.call('POST', threadPath(id), { as: agent, body: { body: 'It is a refund' } });
    expect(fromAgent.status, JSON.stringify(fromAgent.body)).toBe(201);
    const fromSupervisor = await h.call('POST', threadPath(id), {
      as: supervisor,
      body: { body: 'On my way' },
    });
    expect(fromSupervisor.body).toMatchObject({
      helpRequestId: id,
      authorId: supervisor.userId,
      body: 'On my way',
    });

    for (const reader of [agent, supervisor, admin]) {
      const thread = await h.call('GET', threadPath(id), { as: reader });
      expect(thread.status).toBe(200);
      expect(thread.body.data.map((m: { body: string }) => m.body)).toEqual(['It is a refund', 'On my way']);
      expect(thread.body.meta).toMatchObject({ total: 2, page: 1 });
    }
    const posted = (await h.recorded()).filter((e) => e.type === 'help.message_posted');
    expect(posted.map((e) => e.data)).toEqual([
      expect.objectContaining({ helpRequestId: id, requesterId: agent.userId, authorId: agent.userId }),
      expect.objectContaining({ helpRequestId: id, requesterId: agent.userId, body: 'On my way' }),
    ]);
  });

  it('another agent, a viewer and another tenant get 404; bad input 400; a resolved thread 409', async () => {
    const { agent, otherAgent, viewer, supervisor } = team;
    const asked = await h.call('POST', '/api/help-requests', { as: agent, body: { message: 'Help' } });
    const id = asked.body.id as string;
    for (const outsider of [otherAgent, other.supervisor, other.agent]) {
      expect((await h.call('GET', threadPath(id), { as: outsider })).status).toBe(404);
      expect((await h.call('POST', threadPath(id), { as: outsider, body: { body: 'x' } })).status).toBe(404);
    }
    expect((await h.call('GET', threadPath(id), { as: viewer })).status).toBe(403);
    expect((await h.call('GET', threadPath(uuidv7()), { as: supervisor })).status).toBe(404);
    for (const body of [{}, { body: '' }, { body: 'x'.repeat(2001) }, { body: 'ok', extra: 1 }]) {
      const res = await h.call('POST', threadPath(id), { as: agent, body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    await h.call('POST', `/api/help-requests/${id}/resolve`, { as: supervisor });
    const late = await h.call('POST', threadPath(id), { as: agent, body: { body: 'Still there?' } });
    expect(late.status).toBe(409);
    const stored = await h.deps.db
      .select()
      .from(helpRequestMessages)
      .where(eq(helpRequestMessages.helpRequestId, id));
    expect(stored).toEqual([]);
  });
});

describe('a broadcast asked for by a NOTIFICATION job', () => {
  it('is sent for the job’s requester to exactly its audience in the tenant', async () => {
    const { supervisor, agent, otherAgent } = team;
    const jobId = uuidv7();
    const request = newEvent(
      'broadcast.requested',
      {
        jobId,
        requesterId: supervisor.userId,
        message: 'Team meeting at 3',
        audience: { type: 'role', value: 'agent' },
      },
      { tenantId: team.tenantId, correlationId: `job-${jobId}` },
      'reporting',
    );
    await h.publishApplied([request]);
    const sent = (await h.recorded()).filter(
      (e) => e.type === 'broadcast.sent' && e.data.message === 'Team meeting at 3',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.data).toMatchObject({
      senderId: supervisor.userId,
      audience: { type: 'role', value: 'agent' },
    });
    const broadcastId = sent[0]?.data.broadcastId as string;
    const recipients = await h.deps.db
      .select()
      .from(broadcastRecipients)
      .where(eq(broadcastRecipients.broadcastId, broadcastId));
    expect(recipients.map((r) => r.agentId).sort()).toEqual([agent.userId, otherAgent.userId].sort());
    const inbox = await h.call('GET', '/api/broadcasts', { as: agent });
    expect(inbox.body.data.map((b: { id: string }) => b.id)).toContain(broadcastId);
    const otherTenant = await h.call('GET', '/api/broadcasts', { as: other.agent });
    expect(otherTenant.body.data.map((b: { id: string }) => b.id)).not.toContain(broadcastId);
    const [row] = await h.deps.db.select().from(broadcasts).where(eq(broadcasts.id, broadcastId));
    expect(row?.tenantId).toBe(team.tenantId);
  });
});
