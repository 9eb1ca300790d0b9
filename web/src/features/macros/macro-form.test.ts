import { describe, expect, it } from 'vitest';
import { actionsOf, draftOf } from './macro-form.js';

describe('the macro form', () => {
  it('turns typed steps into the actions the API takes', () => {
    expect(
      actionsOf([
        { type: 'set_status', value: 'PENDING' },
        { type: 'add_tags', value: ' vip, refund ,, ' },
        { type: 'assign', value: '' },
        { type: 'reply', value: 'Thanks!' },
      ]),
    ).toEqual([
      { type: 'set_status', value: 'PENDING' },
      { type: 'add_tags', value: ['vip', 'refund'] },
      { type: 'assign', value: null },
      { type: 'reply', value: 'Thanks!' },
    ]);
  });

  it('shows a stored macro as it was written', () => {
    const draft = draftOf({
      name: 'Escalate',
      actions: [
        { type: 'add_tags', value: ['vip', 'refund'] },
        { type: 'assign', value: null },
      ],
    });
    expect(draft).toMatchObject({
      name: 'Escalate',
      steps: [
        { type: 'add_tags', value: 'vip, refund' },
        { type: 'assign', value: '' },
      ],
    });
    expect(actionsOf(draft.steps)).toEqual([
      { type: 'add_tags', value: ['vip', 'refund'] },
      { type: 'assign', value: null },
    ]);
  });
});
