import { newEvent, type Ticket, uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retrainChangedTenants } from '../src/actions/learning.js';
import { findTenantModel, tenantsToRetrain } from '../src/data/tenant-models.repository.js';
import { startAiAssist, ticketOf } from './support/ai-harness.js';

let h: Awaited<ReturnType<typeof startAiAssist>>;
beforeAll(async () => {
  h = await startAiAssist();
});
afterAll(() => h?.stop());

const on = {
  enabled: true,
  provider: 'local',
  autoApply: { category: true, priority: false },
  autoApplyMinConfidence: 0,
};

/** A tenant whose agent labelled one resolved ticket `category` and replied to resolve it. */
async function labelledTenant(category: string) {
  const tenantId = uuidv7();
  const admin = await h.member(tenantId, 'admin');
  const agent = await h.member(tenantId, 'agent');
  await h.call('PUT', '/api/ai/settings', { as: admin, body: { ...on, enabled: false } });
  const solved = ticketOf(tenantId, agent.userId);
  const later = (t: Ticket, s: number, extra: Partial<Ticket>) => ({
    ...t,
    ...extra,
    ticketId: t.id,
    updatedAt: new Date(Date.parse(t.updatedAt) + s * 1000).toISOString(),
  });
  const origin = { tenantId, correlationId: 'test' };
  const reply = h.customerMessage(solved, 'Sorry Ana, the refund of the double charge is on its way.');
  await h.publish([
    h.ticketCreated(solved),
    h.customerMessage(solved, 'I was charged twice for my order'),
    newEvent(
      'ticket.updated',
      { ...later(solved, 1, { category }), changed: ['category'], actorId: agent.userId },
      origin,
      'tickets',
    ),
    { ...reply, data: { ...reply.data, authorType: 'agent', authorId: agent.userId } },
    newEvent(
      'ticket.resolved',
      { ...later(solved, 2, { category, status: 'RESOLVED' }), actorId: agent.userId, csatToken: 'x' },
      origin,
      'tickets',
    ),
  ]);
  await h.call('PUT', '/api/ai/settings', { as: admin, body: on });
  return { tenantId, agent, solved };
}

describe('each tenant learns its own labels', () => {
  it('classifies with the tenant’s own label and drafts from its resolved ticket for the assignee', async () => {
    const a = await labelledTenant('billing');
    const b = await labelledTenant('payments');
    for (const [t, label] of [
      [a, 'billing'],
      [b, 'payments'],
    ] as const) {
      const ticket = ticketOf(t.tenantId, t.agent.userId);
      await h.publish([
        h.ticketCreated(ticket),
        h.customerMessage(ticket, 'You charged me twice for one order'),
      ]);
      const events = (await h.recorded()).filter((e) => e.data.ticketId === ticket.id);
      expect(events.map((e) => e.type)).toEqual([
        'ai.processing_started',
        'ai.message_classified',
        'ai.draft_proposed',
        'ai.processing_completed',
      ]);
      expect(events[1]?.data).toMatchObject({ category: label, autoApply: { category: label } });
      expect(events[2]?.data).toMatchObject({ draft: { sources: [{ ticketId: t.solved.id }] } });
      const ai = await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: t.agent });
      expect(ai.body.data.draft.content).toContain('refund');
    }
  });

  it('shows the draft to the assignee alone, and nothing to another tenant', async () => {
    const a = await labelledTenant('billing');
    const ticket = ticketOf(a.tenantId, a.agent.userId);
    await h.publish([h.ticketCreated(ticket), h.customerMessage(ticket, 'You charged me twice')]);
    const supervisor = await h.member(a.tenantId, 'supervisor');
    const seen = await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: supervisor });
    expect(seen.body.data).toMatchObject({ classification: { category: 'billing' }, draft: null });
    const list = await h.call('GET', `/api/ai/tickets?ids=${ticket.id}`, { as: supervisor });
    expect(list.body.data.map((r: { ticketId: string }) => r.ticketId)).toEqual([ticket.id]);
    const stranger = await h.member(uuidv7(), 'admin');
    expect((await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: stranger })).status).toBe(404);
    expect((await h.call('GET', `/api/ai/tickets?ids=${ticket.id}`, { as: stranger })).body.data).toEqual([]);
    expect((await h.call('GET', '/api/ai/tickets?ids=nope', { as: stranger })).status).toBe(400);
  });

  it('shows nothing it said before once the tenant turns AI assist off', async () => {
    const a = await labelledTenant('billing');
    const ticket = ticketOf(a.tenantId, a.agent.userId);
    await h.publish([h.ticketCreated(ticket), h.customerMessage(ticket, 'You charged me twice')]);
    const admin = await h.member(a.tenantId, 'admin');
    const settings = (await h.call('GET', '/api/ai/settings', { as: admin })).body.data;
    expect(
      (await h.call('PUT', '/api/ai/settings', { as: admin, body: { ...settings, enabled: false } })).status,
    ).toBe(200);

    const ai = await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: a.agent });
    expect(ai.body.data).toMatchObject({ classification: null, draft: null });
    expect((await h.call('GET', `/api/ai/tickets?ids=${ticket.id}`, { as: a.agent })).body.data).toEqual([]);
  });

  it('the retrain job unlearns a relabel: the model holds the label the ticket has now', async () => {
    const a = await labelledTenant('billing');
    const relabelled = {
      ...a.solved,
      ticketId: a.solved.id,
      category: 'payments',
      status: 'RESOLVED' as const,
      updatedAt: new Date(Date.parse(a.solved.updatedAt) + 3000).toISOString(),
    };
    await h.publish([
      newEvent(
        'ticket.updated',
        { ...relabelled, changed: ['category'], actorId: a.agent.userId },
        { tenantId: a.tenantId, correlationId: 'test' },
        'tickets',
      ),
    ]);
    const categories = async () =>
      Object.keys((await findTenantModel(h.deps.db, a.tenantId))?.model.category.labels ?? {});
    expect((await categories()).sort()).toEqual(['billing', 'payments']); // learned on top, not instead

    await retrainChangedTenants(h.deps.db, h.deps.logger);
    expect(await categories()).toEqual(['payments']);
    expect(await tenantsToRetrain(h.deps.db)).not.toContain(a.tenantId);
    const ticket = ticketOf(a.tenantId, a.agent.userId);
    await h.publish([
      h.ticketCreated(ticket),
      h.customerMessage(ticket, 'You charged me twice for one order'),
    ]);
    const classified = (await h.recorded()).find(
      (e) => e.type === 'ai.message_classified' && e.data.ticketId === ticket.id,
    );
    expect(classified?.data).toMatchObject({ category: 'payments' });
  });
});
