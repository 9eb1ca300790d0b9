/** High / medium / low (docs/api.md §8.2), thresholds published in docs/metrics.md. */
export type PerformanceLevel = 'high' | 'medium' | 'low';

/** For each criterion: the bar for high and for medium; below medium is low. */
export const PERFORMANCE_THRESHOLDS = {
  slaCompliancePercent: { high: 95, medium: 80 },
  csatScorePercent: { high: 85, medium: 70 },
  avgFirstResponseMinutes: { high: 15, medium: 60 },
} as const;

export type PerformanceInputs = {
  slaCompliance: number | null;
  csatScore: number | null;
  avgFirstResponseSeconds: number | null;
};

const rank: Record<PerformanceLevel, number> = { low: 0, medium: 1, high: 2 };

const atLeast = (value: number, bars: { high: number; medium: number }): PerformanceLevel =>
  value >= bars.high ? 'high' : value >= bars.medium ? 'medium' : 'low';
const atMost = (value: number, bars: { high: number; medium: number }): PerformanceLevel =>
  value <= bars.high ? 'high' : value <= bars.medium ? 'medium' : 'low';

/**
 * The weakest grade among the criteria that have data in the period (SLA compliance, CSAT score,
 * average first response time), so one strong number cannot hide a failing one; null without data.
 */
export function performanceLevelOf(m: PerformanceInputs): PerformanceLevel | null {
  const t = PERFORMANCE_THRESHOLDS;
  const grades: PerformanceLevel[] = [];
  if (m.slaCompliance !== null) grades.push(atLeast(m.slaCompliance, t.slaCompliancePercent));
  if (m.csatScore !== null) grades.push(atLeast(m.csatScore, t.csatScorePercent));
  if (m.avgFirstResponseSeconds !== null)
    grades.push(atMost(m.avgFirstResponseSeconds / 60, t.avgFirstResponseMinutes));
  if (grades.length === 0) return null;
  return grades.reduce((worst, g) => (rank[g] < rank[worst] ? g : worst));
}
