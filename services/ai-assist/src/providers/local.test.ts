import { describe, expect, it } from 'vitest';
import { emptyTenantModel, trainTenantModel } from '../domain/tenant-model.js';
import { localProvider } from './local.js';

const context = { customer: { name: 'Ana' }, agent: { name: 'Lee' }, ticket: { id: 'T-20' } };

describe('the local provider', () => {
  it("answers the tenant model's labels as plain values, in the ai_classification shape", async () => {
    const model = trainTenantModel([
      { text: 'I was charged twice on my invoice', category: 'billing', priority: 'high' },
      { text: 'My parcel never arrived', category: 'delivery', priority: 'medium' },
    ]);
    const text = 'I was charged twice, please refund me';
    const input = {
      tenantId: 't',
      text,
      model,
      categories: ['billing', 'delivery'],
      priorities: ['high', 'medium'],
    };
    const { result, provider } = await localProvider.classify(input);
    expect(provider).toBe('local');
    expect(result).toMatchObject({ category: 'billing', priority: 'high', language: 'en' });
    expect(Object.keys(result).sort()).toEqual(
      ['category', 'confidence', 'language', 'priority', 'sentiment', 'sentimentScore'].sort(),
    );
  });

  it('answers null labels for a tenant that labelled nothing yet', async () => {
    const input = {
      tenantId: 't',
      text: 'Hello there',
      model: emptyTenantModel(),
      categories: [],
      priorities: [],
    };
    expect((await localProvider.classify(input)).result).toMatchObject({ category: null, priority: null });
  });

  it('drafts from the closest candidate, or not at all', async () => {
    const canned = [
      { cannedResponseId: 'C-1', content: 'Hi {{customer.name}}, refunds take 3-5 days.', similarity: 0.5 },
    ];
    const base = { tenantId: 't', text: 'refund?', conversations: [], context };
    expect(await localProvider.draft({ ...base, canned })).toEqual({
      result: {
        content: 'Hi Ana, refunds take 3-5 days.',
        sources: [{ cannedResponseId: 'C-1' }],
        confidence: 0.5,
      },
      provider: 'local',
    });
    expect((await localProvider.draft({ ...base, canned: [] })).result).toBeNull();
  });
});
