import type { Envelope, EventData } from '@switchboard/contracts';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Tx } from '../data/db.js';
import { users } from '../data/schema.js';

/**
 * Keeps the agent record's `onlineStatus` and `lastSeen` (docs/api.md §4.2 agent object) from presence's
 * status changes. An older change arriving late does not overwrite a newer one.
 */
export async function onAgentStatusChanged(
  event: Envelope<EventData<'agent.status_changed'>>,
  tx: Tx,
): Promise<void> {
  const at = new Date(event.data.at);
  await tx
    .update(users)
    .set({ onlineStatus: event.data.status, lastSeen: at })
    .where(
      and(
        eq(users.tenantId, event.tenantId),
        eq(users.id, event.data.agentId),
        or(isNull(users.lastSeen), lt(users.lastSeen, at)),
      ),
    );
}
