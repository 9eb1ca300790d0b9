import type { Dashboard } from '@switchboard/contracts';
import { percent, statsOf } from './stats.js';

/** What the dashboard is computed from: today's clocks and the live state of tickets and agents. */
export type DashboardInputs = {
  day: string;
  timeZone: string;
  statusCounts: ReadonlyMap<string, number>;
  messagesToday: number;
  createdToday: number;
  firstReplySecondsToday: readonly number[];
  resolutionsToday: readonly { resolutionSeconds: number; breached: boolean }[];
  /** Each active agent's and supervisor's latest activity, status and availability. */
  floor: readonly { activity: string | null; status: string | null; availability: string | null }[];
};

const ACTIVE = ['ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLUTION_REQUESTED'];

/** The live dashboard (docs/api.md §4.11; docs/metrics.md "Dashboard"). */
export function dashboardOf(i: DashboardInputs): Dashboard {
  const count = (statuses: string[]) => statuses.reduce((n, s) => n + (i.statusCounts.get(s) ?? 0), 0);
  const resolved = i.resolutionsToday;
  const breached = resolved.filter((r) => r.breached).length;
  const floor = (pick: (f: DashboardInputs['floor'][number]) => boolean) => i.floor.filter(pick).length;
  return {
    day: i.day,
    timeZone: i.timeZone,
    activeConversations: count(ACTIVE),
    waitingConversations: count(['NEW']),
    totalMessagesToday: i.messagesToday,
    ticketsCreatedToday: i.createdToday,
    ticketsResolvedToday: resolved.length,
    avgResponseTime: statsOf(i.firstReplySecondsToday).avg,
    avgResolutionTime: statsOf(resolved.map((r) => r.resolutionSeconds)).avg,
    slaCompliance: percent(resolved.length - breached, resolved.length),
    agentsOnline: floor((f) => f.status === 'online'),
    agentsOnBreak: floor((f) => f.activity === 'break'),
    agentsClockedIn: floor((f) => f.activity === 'working' || f.activity === 'break'),
    agentsAvailable: floor((f) => f.availability === 'available'),
  };
}

/** A tenant's dashboard before anything happened: the baseline its first push is compared with. */
export const quietDashboard = (day: string, timeZone: string): Dashboard =>
  dashboardOf({
    day,
    timeZone,
    statusCounts: new Map(),
    messagesToday: 0,
    createdToday: 0,
    firstReplySecondsToday: [],
    resolutionsToday: [],
    floor: [],
  });
