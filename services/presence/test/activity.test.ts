import { newEvent, type Ticket, uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PresenceHarness, startPresence, type Team } from './support/presence-harness.js';
import { ticket } from './support/ticket-fixture.js';

let h: PresenceHarness;
let team: Team;
beforeAll(async () => {
  h = await startPresence();
  team = await h.tenant();
});
afterAll(() => h?.stop());

const origin = { tenantId: '', correlationId: 'activity-test' };
const ticketEvent = (type: 'ticket.assigned' | 'ticket.resolved', t: Ticket, assigneeId: string) => {
  const fact = { ...t, ticketId: t.id, assigneeId, subject: 'Printer on fire' };
  return type === 'ticket.assigned'
    ? newEvent(
        type,
        { ...fact, previousAssigneeId: null, actorId: null },
        { ...origin, tenantId: t.tenantId },
        'tickets',
      )
    : newEvent(
        type,
        { ...fact, status: 'RESOLVED', actorId: assigneeId, csatToken: 'x' },
        { ...origin, tenantId: t.tenantId },
        'tickets',
      );
};
const message = (t: Ticket, authorId: string, internal: boolean) =>
  newEvent(
    'message.created',
    {
      id: uuidv7(),
      messageId: uuidv7(),
      tenantId: t.tenantId,
      ticketId: t.id,
      authorType: 'agent',
      authorId,
      body: internal ? 'note to self' : 'On it!',
      internal,
      deliveryStatus: 'sent',
      externalId: null,
      createdAt: new Date().toISOString(),
      ticketAssigneeId: authorId,
    },
    { ...origin, tenantId: t.tenantId },
    'tickets',
  );

describe('agent activity timeline', () => {
  it('lists what the agent did, newest first: clocking, breaks, status, tickets and replies', async () => {
    const a = await h.member(team.tenantId, 'agent');
    const post = (path: string, body?: unknown) => h.call('POST', path, { as: a, body });
    expect((await post('/api/sessions/clock-in')).status).toBe(200);
    expect(
      (await h.call('PUT', `/api/agents/${a.userId}/status`, { as: a, body: { status: 'busy' } })).status,
    ).toBe(200);
    expect((await post('/api/sessions/break/start', { reason: 'lunch' })).status).toBe(200);
    expect((await post('/api/sessions/break/end')).status).toBe(200);
    const t = ticket(team.tenantId, 'ASSIGNED', a.userId, new Date());
    await h.publishApplied([ticketEvent('ticket.assigned', t, a.userId)]);
    await h.publishApplied([message(t, a.userId, false), message(t, a.userId, true)]);
    await h.publishApplied([ticketEvent('ticket.resolved', t, a.userId)]);
    expect((await post('/api/sessions/clock-out')).status).toBe(200);

    const res = await h.call('GET', `/api/agents/${a.userId}/activity`, { as: a });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const lines = res.body.data.map((l: { type: string; description: string }) => [l.type, l.description]);
    expect(lines.reverse()).toEqual([
      ['login', 'Clocked in'],
      ['status_change', 'Status offline → busy'],
      ['status_change', 'Started a break: lunch'],
      ['status_change', 'Ended the break'],
      ['ticket_assigned', 'Was assigned “Printer on fire”'],
      ['message_sent', 'Replied to a customer'], // the internal note is not a reply
      ['ticket_resolved', 'Resolved “Printer on fire”'],
      ['logout', 'Clocked out'],
    ]);
    expect(res.body.data.find((l: { type: string }) => l.type === 'ticket_resolved').metadata).toMatchObject({
      ticketId: t.id,
    });
    const supervisorView = await h.call('GET', `/api/agents/${a.userId}/activity?days=1`, {
      as: team.supervisor,
    });
    expect(supervisorView.body.data).toEqual(res.body.data);
  });

  it('announces every line as agent.activity_logged, with the fields the timeline lists', async () => {
    const a = await h.member(team.tenantId, 'agent');
    await h.call('POST', '/api/sessions/clock-in', { as: a });
    await h.call('POST', '/api/sessions/break/start', { as: a, body: { reason: 'coffee' } });
    const t = ticket(team.tenantId, 'ASSIGNED', a.userId, new Date());
    await h.publishApplied([ticketEvent('ticket.assigned', t, a.userId)]);
    const lines = (await h.call('GET', `/api/agents/${a.userId}/activity`, { as: a })).body.data;
    const logged = (await h.recorded(a.userId)).filter((e) => e.type === 'agent.activity_logged');
    expect(logged.map((e) => e.data).reverse()).toEqual(lines);
    expect(logged.every((e) => e.tenantId === team.tenantId)).toBe(true);
  });

  it('says the agent ended a session they clocked out of themselves', async () => {
    const a = await h.member(team.tenantId, 'agent');
    await h.call('POST', '/api/sessions/clock-in', { as: a });
    await h.call('POST', '/api/sessions/clock-out', { as: a });
    const out = (await h.recorded(a.userId)).filter((e) => e.type === 'agent.clocked_out');
    expect(out.map((e) => e.data.closedBy)).toEqual(['agent']);
  });

  it('keeps timelines private: other agents get 403, another tenant 404, bad input 400', async () => {
    const a = await h.member(team.tenantId, 'agent');
    await h.call('POST', '/api/sessions/clock-in', { as: a });
    const path = `/api/agents/${a.userId}/activity`;
    expect((await h.call('GET', path, { as: team.agent })).status).toBe(403);
    const other = await h.tenant();
    const foreign = await h.call('GET', path, { as: other.supervisor });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    for (const query of ['?days=0', '?days=91', '?days=abc', '?days=2&x=1']) {
      const bad = await h.call('GET', `${path}${query}`, { as: team.supervisor });
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await h.call('GET', '/api/agents/not-a-uuid/activity', { as: team.supervisor })).status).toBe(
      400,
    );
    expect((await h.call('GET', path)).status).toBe(401);
  });
});
