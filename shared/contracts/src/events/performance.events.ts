import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * An agent's performance as the agent object of reference/002 carries it (docs/api.md §8.2,
 * docs/metrics.md "Agent performance"). The reporting service computes it from its read models
 * and publishes every change; the auth service keeps the latest next to the account.
 */

const count = z.number().int().min(0);

export const performanceLevels = ['high', 'medium', 'low'] as const;
export const performanceLevelSchema = z
  .enum(performanceLevels)
  .nullable()
  .describe('Grade over the last 30 days (docs/metrics.md "Performance level"); null without data');

export const agentPerformanceSchema = z.object({
  currentTickets: count.describe(
    'Tickets assigned to the agent and open now (ASSIGNED, IN_PROGRESS, PENDING)',
  ),
  totalTicketsHandled: count.describe('Tickets the agent ever replied on or resolved'),
  avgResponseTime: z
    .number()
    .min(0)
    .nullable()
    .describe('Average first response time over the last 30 days, minutes; null without replies'),
  customerSatisfaction: z
    .number()
    .min(1)
    .max(5)
    .nullable()
    .describe('Average CSAT rating (1-5) over the last 30 days; null without answers'),
  ticketsResolvedToday: count,
  messagesHandledToday: count.describe('Public replies the agent sent today'),
  onlineHoursToday: z.number().min(0).describe('Hours shown online today, two decimals'),
  performanceLevel: performanceLevelSchema,
});
export type AgentPerformance = z.infer<typeof agentPerformanceSchema>;

export const performanceMetrics = agentPerformanceSchema.keyof().options;
export type PerformanceMetric = (typeof performanceMetrics)[number];

/** What an agent has before any work: the baseline the first change is measured against. */
export const noPerformance: AgentPerformance = {
  currentTickets: 0,
  totalTicketsHandled: 0,
  avgResponseTime: null,
  customerSatisfaction: null,
  ticketsResolvedToday: 0,
  messagesHandledToday: 0,
  onlineHoursToday: 0,
  performanceLevel: null,
};

/**
 * One metric of an agent's performance changed; one event per metric (the socket's
 * `performance_update`), each carrying the whole snapshot so a consumer needs no other.
 */
export const AgentPerformanceChanged = defineEvent(
  'agent.performance_changed',
  1,
  z.object({
    agentId: z.uuid().describe('The agent (their user id)'),
    metric: z.enum(performanceMetrics).describe('The field of the agent object that changed'),
    value: z
      .union([z.number(), z.enum(performanceLevels)])
      .nullable()
      .describe('Its new value: a number, or for performanceLevel the level'),
    timestamp: z.iso.datetime({ offset: true }).describe('When reporting measured it'),
    performance: agentPerformanceSchema.describe('Every metric as measured at `timestamp`'),
  }),
);
