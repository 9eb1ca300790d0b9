import { describe, expect, it } from 'vitest';
import { dashboardTilesOf, metricLinesOf, type Stats, type Totals } from './metrics.js';

const stats = (avg: number | null, median: number | null, p90: number | null): Stats => ({
  count: avg === null ? 0 : 3,
  avg,
  median,
  p90,
});

const totals: Totals = {
  ticketsHandled: 3,
  ticketsResolved: 2,
  messagesSent: 5,
  firstResponseTime: stats(2000, 1200, 3600),
  nextResponseTime: stats(null, null, null),
  handleTime: stats(2430, 2430, 3000),
  resolutionTime: stats(4200, 4200, 6000),
  slaCompliance: 50,
  slaBreachedResolutions: 1,
  csat: { responses: 2, average: 3.5, score: 50, responseRate: 100 },
  workedSeconds: 28_800,
  breakSeconds: 1800,
  onlineSeconds: 28_800,
  handlingSeconds: 7200,
  occupancy: 0.25,
  attendance: { daysWorked: 1, daysLate: 0, daysAbsent: 2, lateMinutes: 0 },
};

describe('report totals as lines', () => {
  it('give AHT, FRT and resolution time with their median and p90', () => {
    const byLabel = new Map(metricLinesOf(totals).map((l) => [l.label, l]));
    expect(byLabel.get('metrics.aht')).toEqual({
      label: 'metrics.aht',
      unit: 'duration',
      value: 2430,
      median: 2430,
      p90: 3000,
    });
    expect(byLabel.get('metrics.frt')).toMatchObject({ median: 1200, p90: 3600 });
    expect(byLabel.get('metrics.csatRate')).toMatchObject({ unit: 'percent', value: 100 });
    expect(byLabel.get('metrics.occupancy')).toMatchObject({ unit: 'ratio', value: 0.25 });
    expect(byLabel.get('metrics.daysAbsent')).toMatchObject({ unit: 'count', value: 2 });
  });

  it('label the dashboard with units, leaving out fields the answer lacks', () => {
    const lines = dashboardTilesOf({ avgResponseTime: 200, slaCompliance: null });
    expect(lines).toEqual([
      { label: 'tiles.avgResponseTime', unit: 'duration', value: 200 },
      { label: 'tiles.slaCompliance', unit: 'percent', value: null },
    ]);
  });
});
