import { now as clockNow } from '@switchboard/clock';
import { gatewayHeartbeatKey, uuidv7 } from '@switchboard/contracts';
import { repeat } from '@switchboard/http-kit';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { applyStatus } from '../actions/status.js';
import type { PresenceConfig } from '../config.js';
import { lockAgent } from '../data/agents.repository.js';
import {
  closeSocketsOf,
  gatewaysWithOpenSockets,
  offlineCandidates,
  socketsOf,
} from '../data/connections.repository.js';
import type { Db } from '../data/db.js';
import { shouldGoOffline } from '../domain/grace.js';

/**
 * One sweep: users whose last socket closed more than `graceSeconds` ago, with no reconnect, go
 * offline. Each is decided again under the agent's lock, so a reconnect meanwhile wins. Returns
 * how many went offline.
 */
export async function sweepPresence(db: Db, graceSeconds: number, now: Date = clockNow()): Promise<number> {
  const candidates = await offlineCandidates(db);
  let offline = 0;
  for (const candidate of candidates) {
    if (!shouldGoOffline(candidate, now, graceSeconds)) continue;
    const changed = await db.transaction(async (tx) => {
      const agent = await lockAgent(tx, candidate.tenantId, candidate.agentId);
      if (!agent) return false;
      const sockets = await socketsOf(tx, agent.agentId);
      if (!shouldGoOffline({ onlineStatus: agent.onlineStatus, ...sockets }, now, graceSeconds)) return false;
      const origin = { tenantId: agent.tenantId, correlationId: `presence-sweep-${uuidv7()}` };
      return applyStatus(tx, origin, agent, 'offline', now);
    });
    if (changed) offline++;
  }
  return offline;
}

/**
 * Closes the sockets of gateways whose heartbeat key expired (killed, not stopped): their users
 * then go offline through the ordinary grace. Returns how many sockets were closed.
 */
export async function expireLostGateways(
  db: Db,
  redis: Redis,
  prefix: string,
  now: Date = clockNow(),
): Promise<number> {
  let closed = 0;
  for (const gatewayId of await gatewaysWithOpenSockets(db)) {
    if (await redis.exists(gatewayHeartbeatKey(prefix, gatewayId))) continue;
    closed += await closeSocketsOf(db, gatewayId, now);
  }
  return closed;
}

type SweepSettings = Pick<
  PresenceConfig,
  'PRESENCE_GRACE_SECONDS' | 'PRESENCE_SWEEP_MS' | 'HEARTBEAT_KEY_PREFIX'
>;

/** Sweeps every PRESENCE_SWEEP_MS (one sweep at a time) until stopped; a failed sweep is logged and retried. */
export function startPresenceSweep(db: Db, redis: Redis, settings: SweepSettings, logger: Logger) {
  const sweep = async () => {
    await expireLostGateways(db, redis, settings.HEARTBEAT_KEY_PREFIX);
    await sweepPresence(db, settings.PRESENCE_GRACE_SECONDS);
  };
  return repeat(sweep, settings.PRESENCE_SWEEP_MS, logger, 'presence sweep failed');
}
