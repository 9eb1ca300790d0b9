import { describe, expect, it } from 'vitest';
import { humanize, rowsOf, seriesOf, statsOf } from './report-shapes.js';

describe('reading reporting answers', () => {
  it('finds the rows whatever the wrapper', () => {
    expect(rowsOf({ data: [{ a: 1 }] })).toHaveLength(1);
    expect(rowsOf({ days: [{ a: 1 }, { a: 2 }] })).toHaveLength(2);
    // GET /api/reports/trends answers {period, interval, buckets}
    expect(rowsOf({ interval: 'day', buckets: [{ label: '2026-11-20', ticketsCreated: 3 }] })).toHaveLength(
      1,
    );
    expect(rowsOf([{ a: 1 }])).toHaveLength(1);
    expect(rowsOf(null)).toEqual([]);
  });

  it('tells the x axis from the numeric series', () => {
    expect(seriesOf([{ bucket: '2025-01-01', created: 3, backlog: 5, label: 'x' }])).toEqual({
      x: 'bucket',
      series: ['created', 'backlog'],
    });
  });

  it('puts median and p90 next to the average of the same metric', () => {
    const stats = statsOf({
      avgHandleTime: 300,
      medianHandleTime: 240,
      p90HandleTime: 600,
      ticketsResolved: 4,
    });
    expect(stats).toEqual([
      { metric: 'HandleTime', average: 300, median: 240, p90: 600 },
      { metric: 'TicketsResolved', average: 4 },
    ]);
    expect(humanize('avgFirstResponseTime')).toBe('Avg first response time');
  });
});
