import { daysBetween } from '@switchboard/time';
import { z } from 'zod';

/** The most local days one report covers, and one hourly trend. */
export const MAX_REPORT_DAYS = 366;
export const MAX_HOURLY_DAYS = 31;

const localDate = z.iso.date('must be a date YYYY-MM-DD');

const range = {
  from: localDate.optional().describe('First local day, in the tenant’s time zone'),
  to: localDate.optional().describe('Last local day (included)'),
};

type Range = { from?: string | undefined; to?: string | undefined };
const spanOf = (q: Range) => (q.from && q.to ? daysBetween(q.from, q.to) : 0);

/** from and to come together, in order, at most MAX_REPORT_DAYS apart. */
export const validRange = <T extends z.ZodType<Range>>(schema: T) =>
  schema
    .refine((q) => !q.from === !q.to, { message: 'give both from and to, or neither', path: ['to'] })
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      message: 'from must not be after to',
      path: ['from'],
    })
    .refine((q) => spanOf(q) <= MAX_REPORT_DAYS, {
      message: `at most ${MAX_REPORT_DAYS} days`,
      path: ['to'],
    });

/** GET /api/reports/agents/:id and /api/reports/team: `period`, or `from` and `to`. */
export const reportQuery = validRange(
  z.object({
    period: z
      .enum(['weekly', 'monthly'])
      .optional()
      .describe('The last 7 or 30 local days up to today (weekly when nothing is given)'),
    ...range,
  }),
).refine((q) => !(q.period && (q.from || q.to)), {
  message: 'give period, or from and to, not both',
  path: ['period'],
});

/** GET /api/agents/:id/performance: the last 30 local days unless from and to are given. */
export const performanceQuery = validRange(z.object(range)).transform((q) =>
  q.from ? q : { period: 'monthly' as const },
);

/** GET /api/reports/trends. */
export const trendsQuery = validRange(
  z.object({
    ...range,
    interval: z.enum(['hour', 'day', 'week']).default('day').describe('Bucket size, in local time'),
  }),
).refine((q) => q.interval !== 'hour' || spanOf(q) <= MAX_HOURLY_DAYS, {
  message: `hourly trends cover at most ${MAX_HOURLY_DAYS} days`,
  path: ['interval'],
});

export const agentParams = z.object({ id: z.uuid('must be an agent id') });

const count = z.number().int();
const nullablePercent = z
  .number()
  .nullable()
  .describe('Percent, one decimal; null when there is nothing to count');
const stats = z
  .object({ count, avg: z.number().nullable(), median: z.number().nullable(), p90: z.number().nullable() })
  .describe('Durations in seconds (docs/metrics.md, "Averages and percentiles")');
const csat = z.object({
  responses: count,
  average: z.number().nullable().describe('Mean rating, 1–5'),
  score: nullablePercent.describe('Ratings of 4 or 5, in percent'),
  responseRate: nullablePercent,
});
const period = z.object({
  timeZone: z.string(),
  from: z.string().describe('First local day'),
  to: z.string().describe('Last local day (included)'),
});
const performanceLevel = z.enum(['high', 'medium', 'low']).nullable();
const agentProfile = z.object({
  id: z.uuid(),
  fullName: z.string(),
  department: z.string().nullable(),
  role: z.string(),
  isActive: z.boolean(),
});
const ticketMetrics = {
  ticketsHandled: count,
  ticketsResolved: count,
  messagesSent: count,
  firstResponseTime: stats,
  nextResponseTime: stats,
  handleTime: stats,
  resolutionTime: stats,
  slaCompliance: nullablePercent,
  slaBreachedResolutions: count,
  csat,
};
const timeMetrics = {
  occupancy: z.number().describe('Handling time ÷ worked time, a ratio with three decimals'),
  workedSeconds: count,
  breakSeconds: count,
  onlineSeconds: count,
  handlingSeconds: count,
};
const totals = z.object({
  ...timeMetrics,
  attendance: z.object({ daysWorked: count, daysLate: count, daysAbsent: count, lateMinutes: count }),
  ...ticketMetrics,
});

export const agentReportResponse = z.object({
  agent: agentProfile,
  period,
  performanceLevel,
  totals,
  days: z.array(
    z.object({
      date: z.string(),
      attendance: z.object({
        firstClockIn: z.string().nullable(),
        late: z.boolean(),
        lateMinutes: count,
        absent: z.boolean(),
      }),
      ...timeMetrics,
      ...ticketMetrics,
    }),
  ),
});

export const teamReportResponse = z.object({
  period,
  totals,
  agents: z.array(totals.extend({ agent: agentProfile, performanceLevel })),
});

export const trendsResponse = z.object({
  period,
  interval: z.enum(['hour', 'day', 'week']),
  buckets: z.array(
    z.object({
      label: z.string(),
      start: z.string(),
      end: z.string(),
      ticketsCreated: count,
      ticketsResolved: count,
      backlog: count.nullable().describe('Open tickets at the end of the bucket'),
      firstResponseTime: stats,
      resolutionTime: stats,
    }),
  ),
});

export const performanceResponse = z.object({
  data: z.array(
    z.object({
      agentId: z.uuid(),
      date: z.string().describe('The local day'),
      messagesHandled: count,
      avgResponseTime: z.number().nullable().describe('Seconds'),
      customerSatisfaction: z.number().nullable(),
      ticketsResolved: count,
      onlineHours: z.number(),
      slaCompliance: nullablePercent,
    }),
  ),
});

export const dashboardResponse = z.object({
  day: z.string().describe("Today, in the tenant's time zone"),
  timeZone: z.string(),
  activeConversations: count,
  waitingConversations: count,
  totalMessagesToday: count,
  ticketsCreatedToday: count,
  ticketsResolvedToday: count,
  avgResponseTime: z.number().nullable().describe('Seconds'),
  avgResolutionTime: z.number().nullable().describe('Seconds'),
  slaCompliance: nullablePercent,
  agentsOnline: count,
  agentsOnBreak: count,
  agentsClockedIn: count,
  agentsAvailable: count,
});

export const rebuildResponse = z.object({ events: count.describe('Stored events replayed') });
