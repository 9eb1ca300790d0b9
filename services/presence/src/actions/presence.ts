import type { AgentRow } from '../data/agents.repository.js';
import { listWorkers } from '../data/agents.repository.js';
import { openConnectionCounts, socketsOf } from '../data/connections.repository.js';
import type { Tx } from '../data/db.js';
import { currentActivity, openActivities } from '../data/intervals.repository.js';
import { countOpenTickets, openTicketCounts } from '../data/tickets.repository.js';

export type PresenceEntry = ReturnType<typeof entry>;

const entry = (agent: AgentRow, activity: string, openTickets: number, connections: number) => ({
  agentId: agent.agentId,
  onlineStatus: agent.onlineStatus,
  availability: agent.availability,
  activity,
  since: agent.availabilitySince.toISOString(),
  openTickets,
  capacity: agent.capacity,
  connections,
});

/** GET /api/presence: every active agent of the tenant, as presence sees them now. */
export async function tenantPresence(tx: Tx, tenantId: string): Promise<PresenceEntry[]> {
  const [workers, activities, tickets, connections] = await Promise.all([
    listWorkers(tx, tenantId),
    openActivities(tx, tenantId),
    openTicketCounts(tx, tenantId),
    openConnectionCounts(tx, tenantId),
  ]);
  return workers.map((a) =>
    entry(
      a,
      activities.get(a.agentId) ?? 'clocked_out',
      tickets.get(a.agentId) ?? 0,
      connections.get(a.agentId) ?? 0,
    ),
  );
}

/** One agent's entry, read in `tx`. */
export async function presenceOfAgent(tx: Tx, agent: AgentRow): Promise<PresenceEntry> {
  const activity = await currentActivity(tx, agent.agentId);
  const openTickets = await countOpenTickets(tx, agent.tenantId, agent.agentId);
  const { openConnections } = await socketsOf(tx, agent.agentId);
  return entry(agent, activity, openTickets, openConnections);
}
