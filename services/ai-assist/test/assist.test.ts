import { uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiAssist, ticketOf } from './support/ai-harness.js';

let h: Awaited<ReturnType<typeof startAiAssist>>;
beforeAll(async () => {
  h = await startAiAssist();
});
afterAll(() => h?.stop());

const on = {
  enabled: true,
  provider: 'local',
  autoApply: { category: false, priority: false },
  autoApplyMinConfidence: 0.8,
};

describe('AI assist on customer messages', () => {
  it('a tenant never configured has AI off, and only an admin may turn it on', async () => {
    const tenantId = uuidv7();
    const admin = await h.member(tenantId, 'admin');
    const agent = await h.member(tenantId, 'agent');
    expect((await h.call('GET', '/api/ai/settings', { as: admin })).body.data).toEqual({
      ...on,
      enabled: false,
    });
    expect((await h.call('PUT', '/api/ai/settings', { as: agent, body: on })).status).toBe(403);
    const bad = await h.call('PUT', '/api/ai/settings', {
      as: admin,
      body: { ...on, autoApplyMinConfidence: 2 },
    });
    expect(bad.status).toBe(400);
    expect((await h.call('PUT', '/api/ai/settings', { as: admin, body: on })).body.data).toEqual(on);
  });

  it('records the four steps in order for an assigned ticket, and nothing when AI is off', async () => {
    const tenantId = uuidv7();
    const admin = await h.member(tenantId, 'admin');
    const agent = await h.member(tenantId, 'agent');
    const ticket = ticketOf(tenantId, agent.userId);
    await h.publish([h.ticketCreated(ticket), h.customerMessage(ticket, 'I was charged twice')]);
    expect((await h.recorded()).filter((e) => e.tenantId === tenantId)).toEqual([]);

    await h.call('PUT', '/api/ai/settings', { as: admin, body: on });
    const message = h.customerMessage(ticket, 'I was charged twice for my order');
    await h.publish([message]);
    await h.publish([message]); // a redelivery applies nothing twice
    const types = (await h.recorded()).filter((e) => e.tenantId === tenantId).map((e) => e.type);
    expect(types).toEqual(['ai.processing_started', 'ai.message_classified', 'ai.processing_completed']);
    const ai = await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: agent });
    expect(ai.body.data.classification.messageId).toBe(message.data.messageId);
    const other = await h.member(tenantId, 'agent');
    expect((await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: other })).status).toBe(404);
  });
});
