import { describe, expect, it } from 'vitest';
import { assignmentBody, assignmentDraft, repeatedCategories } from './assignment-form.js';

const saved = {
  enabled: true,
  defaultCapacity: 3,
  reassignAfterMinutes: 30,
  categoryDepartments: { billing: 'Finance', hardware: 'Support' },
};

describe('assignment settings form', () => {
  it('shows the saved settings as rows and text, and saves them back unchanged', () => {
    const draft = assignmentDraft(saved);
    expect(draft.rows).toEqual([
      { category: 'billing', department: 'Finance' },
      { category: 'hardware', department: 'Support' },
    ]);
    expect(assignmentBody(draft)).toEqual(saved);
  });

  it('turns reassignment off when the delay is emptied and drops blank rows', () => {
    const draft = {
      ...assignmentDraft(saved),
      reassignAfterMinutes: ' ',
      rows: [{ category: '', department: '' }],
    };
    expect(assignmentBody(draft)).toMatchObject({ reassignAfterMinutes: null, categoryDepartments: {} });
  });

  it('sends what is not a number as typed, and a half-filled row, for the API to refuse', () => {
    const draft = {
      ...assignmentDraft(saved),
      defaultCapacity: 'three',
      rows: [{ category: 'vip', department: '' }],
    };
    expect(assignmentBody(draft)).toMatchObject({
      defaultCapacity: 'three',
      categoryDepartments: { vip: '' },
    });
  });

  it('names a category listed twice, whatever its case', () => {
    const rows = [
      { category: 'Billing', department: 'Finance' },
      { category: 'billing ', department: 'Support' },
      { category: 'vip', department: 'Support' },
    ];
    expect(repeatedCategories(rows)).toEqual(['billing']);
  });
});
