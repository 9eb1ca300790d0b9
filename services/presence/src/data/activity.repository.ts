import { uuidv7 } from '@switchboard/contracts';
import { and, desc, eq, gte } from 'drizzle-orm';
import type { ActivityEntry } from '../domain/activity-log.js';
import type { Tx } from './db.js';
import { agentActivities } from './schema.js';

/** Adds a line to the agent's timeline, in the transaction of the change that caused it. */
export async function logActivity(tx: Tx, tenantId: string, entry: ActivityEntry, at: Date): Promise<void> {
  await tx.insert(agentActivities).values({ id: uuidv7(), tenantId, ...entry, occurredAt: at });
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
