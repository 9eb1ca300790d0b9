import type { Envelope, EventData } from '@switchboard/contracts';
import { refreshAvailability } from '../actions/availability.js';
import { lockAgent, saveCapacity } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { originOf } from './origin.js';

/** The capacity that applies to an agent changed: at it, the live board shows them busy. */
export async function onCapacityChanged(
  event: Envelope<EventData<'agent.capacity_changed'>>,
  tx: Tx,
): Promise<void> {
  const agent = await lockAgent(tx, event.tenantId, event.data.agentId);
  if (!agent) return;
  await saveCapacity(tx, agent.agentId, event.data.capacity);
  agent.capacity = event.data.capacity;
  await refreshAvailability(tx, originOf(event), agent, new Date(event.occurredAt));
}
