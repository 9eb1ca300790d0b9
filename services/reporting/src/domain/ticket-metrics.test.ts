import { describe, expect, it } from 'vitest';
import { type CycleRow, ticketMetricsOf } from './ticket-metrics.js';

const at = new Date('2026-03-10T12:00:00Z');
const cycle = (
  ticketId: string,
  handleSeconds: number,
  csatRating: number | null,
  breached = false,
): CycleRow => ({
  ticketId,
  agentId: 'a',
  resolvedAt: at,
  resolutionSeconds: handleSeconds * 2,
  handleSeconds,
  breached,
  csatRating,
});

describe('ticket metrics over a group of work', () => {
  it('AHT, SLA compliance and CSAT over resolutions; handled tickets over replies and resolutions', () => {
    const m = ticketMetricsOf({
      replies: [{ ticketId: 't1', agentId: 'a', kind: 'first', repliedAt: at, seconds: 60 }],
      cycles: [cycle('t1', 600, 5), cycle('t2', 1200, 4, true), cycle('t2', 300, 3), cycle('t3', 900, null)],
      sent: [
        { ticketId: 't1', authorId: 'a', createdAt: at },
        { ticketId: 't4', authorId: 'a', createdAt: at },
      ],
    });
    expect(m).toMatchObject({
      ticketsHandled: 4, // t1, t2, t3 resolved; t4 answered
      ticketsResolved: 4, // t2 twice: resolved, reopened, resolved again
      messagesSent: 2,
      handleTime: { count: 4, avg: 750, median: 750, p90: 1200 }, // (600 + 1200 + 300 + 900) / 4
      slaCompliance: 75, // 3 of 4 resolutions without a breach
      slaBreachedResolutions: 1,
      csat: {
        responses: 3,
        average: 4, // (5 + 4 + 3) / 3
        score: 66.7, // 2 of 3 answers are 4 or 5
        responseRate: 75, // 3 answers to 4 surveys
      },
    });
  });

  it('has no averages, compliance or CSAT score without anything to measure', () => {
    expect(ticketMetricsOf({ replies: [], cycles: [], sent: [] })).toMatchObject({
      ticketsHandled: 0,
      handleTime: { count: 0, avg: null },
      slaCompliance: null,
      csat: { responses: 0, average: null, score: null, responseRate: null },
    });
  });
});
