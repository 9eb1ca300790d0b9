import { z } from 'zod';
import { defineEvent } from './define-event.js';

const count = z.number().int().min(0);
const seconds = z
  .number()
  .min(0)
  .nullable()
  .describe('Seconds, one decimal; null when nothing was measured today');

/**
 * The live dashboard of one tenant (GET /api/reports/dashboard), pushed by the reporting service
 * after changes, at most about once a second per tenant. docs/metrics.md defines every number.
 */
export const dashboardSchema = z.object({
  day: z.iso.date().describe("The tenant's current local day the *Today numbers count"),
  timeZone: z.string().describe("IANA time zone of the tenant's days"),
  activeConversations: count.describe('Open tickets with an assignee (ASSIGNED … RESOLUTION_REQUESTED)'),
  waitingConversations: count.describe('Tickets waiting in the queue for an agent (NEW)'),
  totalMessagesToday: count.describe('Public customer and agent messages today'),
  ticketsCreatedToday: count,
  ticketsResolvedToday: count.describe('Resolutions today (a re-resolved ticket counts again)'),
  avgResponseTime: seconds.describe('Average first response time of the first replies sent today'),
  avgResolutionTime: seconds.describe('Average resolution time of the resolutions today'),
  slaCompliance: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .describe('Percent of today’s resolutions without an SLA breach; null without resolutions'),
  agentsOnline: count.describe('Active agents and supervisors showing the status online'),
  agentsOnBreak: count.describe('Active agents and supervisors on a break'),
  agentsClockedIn: count.describe('Active agents and supervisors clocked in (a break included)'),
  agentsAvailable: count.describe('Active agents and supervisors presence calls available'),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const MetricsUpdated = defineEvent('metrics.updated', 1, dashboardSchema);
