import type { EventContext } from '@switchboard/contracts';
import type { AgentRow } from '../data/agents.repository.js';
import { saveAvailability } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { currentActivity } from '../data/intervals.repository.js';
import { countOpenTickets } from '../data/tickets.repository.js';
import { deriveAvailability } from '../domain/availability.js';

/**
 * Re-derives the (locked) agent's availability after a change in `tx`, and publishes
 * agent.availability_changed only when it differs from the one last published.
 */
export async function refreshAvailability(
  tx: Tx,
  origin: EventContext,
  agent: AgentRow,
  at: Date,
): Promise<void> {
  const activity = await currentActivity(tx, agent.agentId);
  const openTickets = await countOpenTickets(tx, agent.tenantId, agent.agentId);
  const picture = { activity, onlineStatus: agent.onlineStatus, openTickets, capacity: agent.capacity };
  const availability = deriveAvailability(picture);
  if (availability === agent.availability) return;
  await saveAvailability(tx, agent.agentId, availability, at);
  agent.availability = availability;
  agent.availabilitySince = at;
  await recordEvent(tx, origin, 'agent.availability_changed', {
    agentId: agent.agentId,
    availability,
    ...picture,
    at: at.toISOString(),
  });
}
