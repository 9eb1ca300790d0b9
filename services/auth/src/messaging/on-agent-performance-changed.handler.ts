import type { Envelope, EventData } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import type { Tx } from '../data/db.js';
import { agentPerformance } from '../data/schema.js';

/**
 * Keeps the agent's performance (docs/api.md §4.2 agent object) as reporting measured it last.
 * Every event carries the whole measurement, so the newest wins and an older one arriving late
 * changes nothing; a redelivery is skipped by the inbox.
 */
export async function onAgentPerformanceChanged(
  event: Envelope<EventData<'agent.performance_changed'>>,
  tx: Tx,
): Promise<void> {
  const { agentId, performance, timestamp } = event.data;
  const row = { ...performance, measuredAt: new Date(timestamp) };
  await tx
    .insert(agentPerformance)
    .values({ agentId, tenantId: event.tenantId, ...row })
    .onConflictDoUpdate({
      target: [agentPerformance.tenantId, agentPerformance.agentId],
      set: row,
      setWhere: sql`${agentPerformance.measuredAt} < excluded.measured_at`,
    });
}
