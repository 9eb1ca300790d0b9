import { type CannedResponse, type Envelope, newEvent, uuidv7 } from '@switchboard/contracts';
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
const REFUND = 'Hi {{customer.name}}, we refunded the duplicate charge; it shows on your card within 5 days.';
const COMPLAINT = 'I was charged twice, please refund the duplicate charge on my card';

const canned = (over: Partial<CannedResponse> = {}) => {
  const at = new Date().toISOString();
  const response: CannedResponse = {
    id: uuidv7(),
    shortCode: 'refund',
    title: 'Duplicate charge refund',
    body: REFUND,
    scope: 'tenant',
    ownerId: null,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
  return response;
};
const cannedEvent = (
  type: 'canned_response.created' | 'canned_response.updated',
  tenantId: string,
  response: CannedResponse,
) => newEvent(type, { ...response, actorId: uuidv7() }, { tenantId, correlationId: 'test' }, 'tickets');

/** An assigned ticket of a tenant with AI on; the customer writes COMPLAINT; answers the draft event. */
async function draftFor(tenantId: string, assigneeId: string, before: Envelope[] = []) {
  const admin = await h.member(tenantId, 'admin');
  await h.call('PUT', '/api/ai/settings', { as: admin, body: on });
  const ticket = ticketOf(tenantId, assigneeId);
  const message = h.customerMessage(ticket, COMPLAINT);
  await h.publish([...before, h.ticketCreated(ticket), message]);
  const recorded = (await h.recorded()).filter((e) => e.causationId === message.id);
  return { ticket, drafted: recorded.find((e) => e.type === 'ai.draft_proposed')?.data };
}

describe('drafts built on canned responses', () => {
  it('fills in the matching shared response for this customer and cites it', async () => {
    const tenantId = uuidv7();
    const agent = await h.member(tenantId, 'agent');
    const response = canned();
    const { ticket, drafted } = await draftFor(tenantId, agent.userId, [
      cannedEvent('canned_response.created', tenantId, response),
    ]);
    expect(drafted).toMatchObject({
      draft: {
        content: 'Hi Ana, we refunded the duplicate charge; it shows on your card within 5 days.',
        sources: [{ cannedResponseId: response.id }],
      },
    });
    const ai = await h.call('GET', `/api/tickets/${ticket.id}/ai`, { as: agent });
    expect(ai.body.data.draft.sources).toEqual([{ cannedResponseId: response.id }]);
  });

  it("uses the assignee's own response but never a colleague's", async () => {
    const tenantId = uuidv7();
    const [agent, colleague] = [await h.member(tenantId, 'agent'), await h.member(tenantId, 'agent')];
    const theirs = canned({ scope: 'personal', ownerId: colleague.userId });
    const notMine = await draftFor(tenantId, agent.userId, [
      cannedEvent('canned_response.created', tenantId, theirs),
    ]);
    expect(notMine.drafted).toBeUndefined();
    const mine = canned({ scope: 'personal', ownerId: agent.userId });
    const drafted = await draftFor(tenantId, agent.userId, [
      cannedEvent('canned_response.created', tenantId, mine),
    ]);
    expect(drafted.drafted).toMatchObject({ draft: { sources: [{ cannedResponseId: mine.id }] } });
  });

  it('follows edits and deletions, and never uses another tenant’s responses', async () => {
    const tenantId = uuidv7();
    const agent = await h.member(tenantId, 'agent');
    const response = canned();
    const edited = {
      ...response,
      body: 'Hello {{customer.name}}, the duplicate charge on your card is refunded.',
      updatedAt: new Date(Date.now() + 1000).toISOString(),
    };
    const stale = { ...response, body: 'An older text', updatedAt: response.createdAt };
    const { drafted } = await draftFor(tenantId, agent.userId, [
      cannedEvent('canned_response.created', tenantId, response),
      cannedEvent('canned_response.updated', tenantId, edited),
      cannedEvent('canned_response.updated', tenantId, stale),
    ]);
    expect(drafted).toMatchObject({
      draft: { content: 'Hello Ana, the duplicate charge on your card is refunded.' },
    });

    const deleted = newEvent(
      'canned_response.deleted',
      { id: response.id, scope: 'tenant', ownerId: null, actorId: uuidv7() },
      { tenantId, correlationId: 'test' },
      'tickets',
    );
    expect((await draftFor(tenantId, agent.userId, [deleted])).drafted).toBeUndefined();

    const otherTenant = uuidv7();
    const strangers = await draftFor(otherTenant, (await h.member(otherTenant, 'agent')).userId, [
      cannedEvent('canned_response.created', tenantId, canned()),
    ]);
    expect(strangers.drafted).toBeUndefined();
  });
});
