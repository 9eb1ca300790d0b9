import type { Envelope } from '@switchboard/contracts';
import type { EventHandlers } from '@switchboard/event-bus';
import type { Assigner } from '../actions/assigner.js';
import { applyPresence, type PresenceChange } from '../data/agents.repository.js';
import { lockTenantAssignment } from '../data/assignment.repository.js';
import type { Tx } from '../data/db.js';

type PresenceFact = Envelope<{ agentId: string; at: string }>;

/**
 * Keeps who is at work (presence's agent.* events) in this service's `agents` table. An agent who
 * becomes ready for work by an event asks for an assignment pass: the handler takes the tenant's
 * assignment lock first, so that pass waits for this transaction to commit and then sees the change.
 */
export function agentPresenceHandlers(assigner?: Assigner): EventHandlers<Tx> {
  async function apply(event: PresenceFact, tx: Tx, change: PresenceChange): Promise<void> {
    await lockTenantAssignment(tx, event.tenantId);
    const at = new Date(event.data.at);
    const applied = await applyPresence(tx, event.tenantId, event.data.agentId, change, at);
    // Not awaited: the pass needs the lock this transaction holds until it commits.
    if (applied?.becameReady) void assigner?.kick(event.tenantId, event.correlationId);
  }
  return {
    // A shift starts and ends off a break.
    'agent.clocked_in': (event, tx) => apply(event, tx, { clockedIn: true, onBreak: false }),
    'agent.clocked_out': (event, tx) => apply(event, tx, { clockedIn: false, onBreak: false }),
    'agent.break_started': (event, tx) => apply(event, tx, { onBreak: true }),
    'agent.break_ended': (event, tx) => apply(event, tx, { onBreak: false }),
    'agent.status_changed': (event, tx) => apply(event, tx, { onlineStatus: event.data.status }),
    // The whole picture at once; open tickets and capacity are this service's own, so not taken from it.
    'agent.availability_changed': (event, tx) =>
      apply(event, tx, {
        clockedIn: event.data.activity !== 'clocked_out',
        onBreak: event.data.activity === 'break',
        onlineStatus: event.data.onlineStatus,
      }),
  };
}
