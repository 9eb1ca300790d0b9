import { type EventContext, uuidv7 } from '@switchboard/contracts';
import { and, desc, eq, gte } from 'drizzle-orm';
import type { ActivityEntry } from '../domain/activity-log.js';
import type { Tx } from './db.js';
import { recordEvent } from './events.js';
import { agentActivities } from './schema.js';

/**
 * Adds a line to the agent's timeline, in the transaction of the change that caused it, and
 * announces it (agent.activity_logged, the socket's agent_activity) through the outbox.
 */
export async function logActivity(
  tx: Tx,
  origin: EventContext,
  entry: ActivityEntry,
  at: Date,
): Promise<void> {
  const id = uuidv7();
  await tx.insert(agentActivities).values({ id, tenantId: origin.tenantId, ...entry, occurredAt: at });
  await recordEvent(tx, origin, 'agent.activity_logged', { id, ...entry, timestamp: at.toISOString() });
}

/** The agent's timeline since `since`, newest first. */
export async function listActivity(tx: Tx, tenantId: string, agentId: string, since: Date, limit: number) {
  return tx
    .select()
    .from(agentActivities)
    .where(
      and(
        eq(agentActivities.tenantId, tenantId),
        eq(agentActivities.agentId, agentId),
        gte(agentActivities.occurredAt, since),
      ),
    )
    .orderBy(desc(agentActivities.occurredAt), desc(agentActivities.id))
    .limit(limit);
}
