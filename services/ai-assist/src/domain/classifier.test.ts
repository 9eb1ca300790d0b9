import { describe, expect, it } from 'vitest';
import { emptyModel, learn, predict, probabilities, train } from './classifier.js';

const examples = [
  { terms: ['invoice', 'charge', 'refund'], label: 'billing' },
  { terms: ['charge', 'twice', 'card'], label: 'billing' },
  { terms: ['login', 'password', 'reset'], label: 'account' },
  { terms: ['password', 'locked', 'login'], label: 'account' },
];

describe('the naive Bayes label model', () => {
  it('makes no guess before the tenant has labelled anything', () => {
    expect(predict(emptyModel(), ['invoice'])).toBeNull();
  });

  it('predicts the label whose examples share the terms, with a probability', () => {
    const model = train(examples);
    expect(predict(model, ['refund', 'card'])?.label).toBe('billing');
    expect(predict(model, ['password'])?.label).toBe('account');
    const all = probabilities(model, ['refund', 'password']);
    expect(all.reduce((sum, [, p]) => sum + p, 0)).toBeCloseTo(1, 10);
  });

  it('learns one more example at a time without changing the model it was given', () => {
    const model = train(examples);
    const before = JSON.stringify(model);
    let next = model;
    for (let i = 0; i < 3; i += 1) next = learn(next, { terms: ['shipping', 'parcel'], label: 'shipping' });
    expect(predict(next, ['parcel'])?.label).toBe('shipping');
    expect(JSON.stringify(model)).toBe(before);
    expect(Object.keys(model.labels)).not.toContain('shipping');
  });

  it('predicts the same after a round trip through JSON, as a stored model would', () => {
    const model = train(examples);
    const restored = JSON.parse(JSON.stringify(model));
    expect(probabilities(restored, ['charge', 'login'])).toEqual(probabilities(model, ['charge', 'login']));
  });

  it('ignores terms no label has seen instead of letting them decide', () => {
    const model = train(examples);
    expect(probabilities(model, ['invoice', 'zebra', 'kumquat'])).toEqual(probabilities(model, ['invoice']));
  });
});
