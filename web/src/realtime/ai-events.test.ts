import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { effects } from './apply-event.js';
import { keys } from './query-keys.js';

const step = { ticketId: 't1', messageId: 'm2', ticketAssigneeId: 'a1' };
const classified = {
  ...step,
  category: 'billing',
  priority: 'high',
  sentiment: 'negative',
  sentimentScore: -0.6,
  language: 'en',
  confidence: 0.82,
  provider: 'local',
  autoApply: null,
  occurredAt: '2026-12-05T10:00:00Z',
} as never;

describe('AI assist events', () => {
  it('ai_classification shows on the open ticket and on the lists that show it', () => {
    const qc = new QueryClient();
    qc.setQueryData(keys.ticketAi('t1'), { ticketId: 't1', classification: null, draft: null });
    qc.setQueryData(keys.aiSentimentsOf(['t1', 't2']), []);
    qc.setQueryData(keys.aiSentimentsOf(['t3']), []);
    effects.ai_classification(qc, classified);
    expect(qc.getQueryData(keys.ticketAi('t1'))).toMatchObject({
      classification: { category: 'billing', sentiment: 'negative', confidence: 0.82 },
    });
    expect(qc.getQueryData(keys.aiSentimentsOf(['t1', 't2']))).toEqual([
      expect.objectContaining({ ticketId: 't1', sentiment: 'negative' }),
    ]);
    expect(qc.getQueryData(keys.aiSentimentsOf(['t3']))).toEqual([]);
  });

  it('a late, older classification does not replace a newer one', () => {
    const qc = new QueryClient();
    qc.setQueryData(keys.ticketAi('t1'), { ticketId: 't1', classification: null, draft: null });
    effects.ai_classification(qc, classified);
    effects.ai_classification(qc, {
      ...(classified as object),
      sentiment: 'positive',
      occurredAt: '2026-12-05T09:00:00Z',
    } as never);
    expect(qc.getQueryData(keys.ticketAi('t1'))).toMatchObject({ classification: { sentiment: 'negative' } });
  });

  it('ai_draft waits in the ticket for the composer', () => {
    const qc = new QueryClient();
    qc.setQueryData(keys.ticketAi('t1'), { ticketId: 't1', classification: null, draft: null });
    effects.ai_draft(qc, {
      ...step,
      draft: { content: 'Sorry about the double charge.', sources: [{ ticketId: 't0' }] },
      confidence: 0.5,
      provider: 'local',
    } as never);
    expect(qc.getQueryData(keys.ticketAi('t1'))).toMatchObject({
      draft: { content: 'Sorry about the double charge.', sources: [{ ticketId: 't0' }] },
    });
  });

  it('a ticket ai-assist had not seen yet (answered null) is fetched again on its first AI event', async () => {
    const qc = new QueryClient();
    qc.setQueryData(keys.ticketAi('t1'), null);
    effects.ai_draft(qc, { ...step, draft: { content: 'Hello', sources: [] }, confidence: 0.5 } as never);
    await expect.poll(() => qc.getQueryState(keys.ticketAi('t1'))?.isInvalidated).toBe(true);
    qc.setQueryData(keys.ticketAi('t2'), { ticketId: 't2', classification: null, draft: null });
    effects.ai_classification(qc, { ...(classified as object), ticketId: 't2' } as never);
    expect(qc.getQueryState(keys.ticketAi('t2'))?.isInvalidated).toBe(false);
  });

  it('marks the ticket as being read from started until completed of that message', () => {
    const qc = new QueryClient();
    effects.ai_processing_started(qc, step as never);
    expect(qc.getQueryData(keys.aiProcessing)).toEqual({ t1: 'm2' });
    effects.ai_processing_completed(qc, { ...step, messageId: 'm1' } as never);
    expect(qc.getQueryData(keys.aiProcessing)).toEqual({ t1: 'm2' });
    effects.ai_processing_completed(qc, step as never);
    expect(qc.getQueryData(keys.aiProcessing)).toEqual({});
  });
});
