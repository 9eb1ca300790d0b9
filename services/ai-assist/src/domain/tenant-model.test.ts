import { describe, expect, it } from 'vitest';
import { classifyMessage, emptyTenantModel, learnTicket, trainTenantModel } from './tenant-model.js';

const messages = [
  'My package never arrived and tracking has not moved in a week',
  'The parcel was delivered to the wrong address',
  'Where is my order? It should have arrived on Monday',
  'The courier left the box in the rain',
];

describe('a tenant model', () => {
  it("is learned from that tenant's labels only: conflicting tenants predict differently", () => {
    const tenantA = trainTenantModel(
      messages.map((text) => ({ text, category: 'delivery', priority: 'high' })),
    );
    const tenantB = trainTenantModel(
      messages.map((text) => ({ text, category: 'logistics', priority: 'low' })),
    );
    const text = 'My parcel has not arrived yet';
    expect(classifyMessage(tenantA, text).category?.label).toBe('delivery');
    expect(classifyMessage(tenantA, text).priority?.label).toBe('high');
    expect(classifyMessage(tenantB, text).category?.label).toBe('logistics');
    expect(classifyMessage(tenantB, text).priority?.label).toBe('low');
    expect(JSON.stringify(tenantA)).not.toContain('logistics');
  });

  it('classifies nothing before the first labelled ticket, but still reads sentiment and language', () => {
    const result = classifyMessage(emptyTenantModel(), 'This is terrible, I was charged twice!');
    expect(result).toMatchObject({ category: null, priority: null, sentiment: 'negative', language: 'en' });
    expect(result.confidence).toBe(0);
  });

  it('learns a newly labelled ticket between retrains', () => {
    let model = trainTenantModel([
      { text: 'I was charged twice on my invoice', category: 'billing', priority: 'medium' },
    ]);
    model = learnTicket(model, {
      text: 'I cannot log in, my password is rejected',
      category: 'account',
      priority: 'high',
    });
    const result = classifyMessage(model, 'my password does not work and I cannot log in');
    expect(result.category?.label).toBe('account');
    expect(result.priority?.label).toBe('high');
  });

  it('holds after incremental learning exactly the counts a full retrain would give', () => {
    const labelled = messages.map((text, i) => ({
      text,
      category: i < 2 ? 'late' : 'lost',
      priority: 'high',
    }));
    const learned = labelled.slice(1).reduce(learnTicket, trainTenantModel(labelled.slice(0, 1)));
    const retrained = trainTenantModel(labelled);
    expect(learned.category.labels).toEqual(retrained.category.labels);
    expect(learned.priority.vocabulary).toBe(retrained.priority.vocabulary);
  });

  it('round-trips through JSON, as the stored row does', () => {
    const model = trainTenantModel(
      messages.map((text, i) => ({ text, category: 'shipping', priority: i % 2 ? 'low' : 'high' })),
    );
    const restored = JSON.parse(JSON.stringify(model));
    expect(classifyMessage(restored, 'the parcel is late')).toEqual(
      classifyMessage(model, 'the parcel is late'),
    );
  });

  it('reports the lower of the two confidences as the classification confidence', () => {
    const model = trainTenantModel([
      { text: 'refund my invoice', category: 'billing', priority: 'low' },
      { text: 'refund my invoice now', category: 'billing', priority: 'urgent' },
      { text: 'reset my password', category: 'account', priority: 'low' },
    ]);
    const result = classifyMessage(model, 'refund my invoice');
    expect(result.confidence).toBe(
      Math.min(result.category?.confidence ?? 0, result.priority?.confidence ?? 0),
    );
    expect(result.confidence).toBeLessThan(result.category?.confidence ?? 0);
  });
});
