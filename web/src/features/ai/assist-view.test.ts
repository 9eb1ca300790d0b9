import { describe, expect, it } from 'vitest';
import type { TicketAi } from './api.js';
import { correction, offeredDraft, percentOf, withInsertedDraft } from './assist-view.js';

const draft = {
  messageId: 'm1',
  content: 'Restart the router.',
  sources: [],
  confidence: 0.6,
  provider: 'local' as const,
  draftedAt: '2026-12-06T10:00:00.000Z',
};
const ai: TicketAi = { ticketId: 't1', classification: null, draft };

describe('percentOf', () => {
  it('shows a confidence as a whole percentage, clamped to 0–100', () => {
    expect(percentOf(0.826)).toBe(83);
    expect(percentOf(1.2)).toBe(100);
    expect(percentOf(-0.1)).toBe(0);
    expect(percentOf(Number.NaN)).toBe(0);
  });
});

describe('correction', () => {
  it('sends the chosen category as the ticket update the model learns from', () => {
    expect(correction('category', '  shipping ', 'billing')).toEqual({ change: { category: 'shipping' } });
  });

  it('refuses an empty answer or the value the AI already said', () => {
    expect(correction('category', '  ', 'billing')).toEqual({ problem: 'empty' });
    expect(correction('category', 'Billing', 'billing')).toEqual({ problem: 'same' });
    expect(correction('priority', 'high', 'high')).toEqual({ problem: 'same' });
  });

  it('takes a category when the AI had none, and only the four priorities', () => {
    expect(correction('category', 'vip', null)).toEqual({ change: { category: 'vip' } });
    expect(correction('priority', 'urgent', 'low')).toEqual({ change: { priority: 'urgent' } });
    expect(correction('priority', 'asap', 'low')).toEqual({ problem: 'empty' });
  });
});

describe('offeredDraft', () => {
  it('offers the draft to the assignee until this tab inserts or discards it', () => {
    expect(offeredDraft(ai, [], { meId: 'a', assigneeId: 'a' })).toBe(draft);
    expect(offeredDraft(ai, ['m1'], { meId: 'a', assigneeId: 'a' })).toBeNull();
  });

  it('offers nothing to anyone else, or without a draft or an answer', () => {
    expect(offeredDraft(ai, [], { meId: 'b', assigneeId: 'a' })).toBeNull();
    expect(offeredDraft({ ...ai, draft: null }, [], { meId: 'a', assigneeId: 'a' })).toBeNull();
    expect(offeredDraft(null, [], { meId: 'a', assigneeId: 'a' })).toBeNull();
  });
});

describe('withInsertedDraft', () => {
  it('fills an empty composer with the draft and keeps what the agent typed before it', () => {
    expect(withInsertedDraft('  ', 'Restart the router.')).toBe('Restart the router.');
    expect(withInsertedDraft('Hi Cora,\n', 'Restart the router.')).toBe('Hi Cora,\n\nRestart the router.');
  });
});
