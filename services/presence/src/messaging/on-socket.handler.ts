import type { Envelope, EventData } from '@switchboard/contracts';
import { applyStatus } from '../actions/status.js';
import { lockAgent } from '../data/agents.repository.js';
import { recordConnected, recordDisconnected } from '../data/connections.repository.js';
import type { Tx } from '../data/db.js';
import { originOf } from './origin.js';

const socketOf = (event: Envelope<EventData<'socket.connected' | 'socket.disconnected'>>) => ({
  socketId: event.data.socketId,
  tenantId: event.tenantId,
  userId: event.data.userId,
  gatewayId: event.data.gatewayId,
});

/** A tab connected: counted, and a user shown offline comes online (other statuses stay). */
export async function onSocketConnected(
  event: Envelope<EventData<'socket.connected'>>,
  tx: Tx,
): Promise<void> {
  const agent = await lockAgent(tx, event.tenantId, event.data.userId);
  const at = new Date(event.data.connectedAt);
  await recordConnected(tx, socketOf(event), at);
  if (agent?.isActive && agent.onlineStatus === 'offline') {
    await applyStatus(tx, originOf(event), agent, 'online', at);
  }
}

/** A tab closed: the user goes offline only from the sweep, once the grace passed without a reconnect. */
export async function onSocketDisconnected(
  event: Envelope<EventData<'socket.disconnected'>>,
  tx: Tx,
): Promise<void> {
  await lockAgent(tx, event.tenantId, event.data.userId);
  await recordDisconnected(tx, socketOf(event), new Date(event.data.disconnectedAt));
}
