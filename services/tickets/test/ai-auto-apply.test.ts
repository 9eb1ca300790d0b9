import { randomUUID } from 'node:crypto';
import { type EventData, newEvent } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

const open = async (as: Member) => {
  const res = await h.call('POST', '/api/tickets', {
    as,
    body: { subject: 'Charged twice', priority: 'low', category: 'general' },
  });
  return res.body as { id: string };
};

/** AI assist's classification of a message on the ticket, as the ai-assist service publishes it. */
const classified = (
  as: Member,
  ticketId: string,
  autoApply: EventData<'ai.message_classified'>['autoApply'],
) =>
  newEvent(
    'ai.message_classified',
    {
      ticketId,
      messageId: randomUUID(),
      ticketAssigneeId: null,
      category: 'billing',
      priority: 'high',
      sentiment: 'negative',
      sentimentScore: -0.5,
      language: 'en',
      confidence: 0.93,
      provider: 'local',
      autoApply,
    },
    { tenantId: as.tenantId, correlationId: randomUUID() },
    'ai-assist',
  );

describe("AI assist's auto-apply", () => {
  it('sets the category and priority as an update by the system, naming AI assist and its confidence', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const event = classified(team.agent, id, { category: 'billing', priority: 'high' });
    await h.publishApplied([event]);
    await h.publishApplied([event]); // a redelivery applies nothing twice
    const ticket = await h.call('GET', `/api/tickets/${id}`, { as: team.supervisor });
    expect(ticket.body).toMatchObject({ category: 'billing', priority: 'high' });
    const history = (await h.call('GET', `/api/tickets/${id}/history`, { as: team.supervisor })).body.data;
    const updates = history.filter((entry: { action: string }) => entry.action === 'updated');
    expect(updates).toEqual([
      expect.objectContaining({
        actorId: null,
        changes: expect.objectContaining({
          before: { category: 'general', priority: 'low' },
          after: { category: 'billing', priority: 'high' },
          by: 'ai-assist',
          confidence: 0.93,
        }),
      }),
    ]);
  });

  it('leaves a resolved ticket, and a classification without auto-apply, as they are', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    await h.publishApplied([classified(team.agent, id, null)]);
    await h.call('POST', `/api/tickets/${id}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    await h.call('PATCH', `/api/tickets/${id}`, { as: team.agent, body: { status: 'IN_PROGRESS' } });
    await h.call('PATCH', `/api/tickets/${id}`, { as: team.agent, body: { status: 'RESOLVED' } });
    await h.publishApplied([classified(team.agent, id, { category: 'billing' })]);
    const ticket = await h.call('GET', `/api/tickets/${id}`, { as: team.supervisor });
    expect(ticket.body).toMatchObject({ status: 'RESOLVED', category: 'general', priority: 'low' });
  });
});
