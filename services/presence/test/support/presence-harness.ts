import { randomBytes } from 'node:crypto';
import { type Envelope, gatewayHeartbeatKey, newEvent } from '@switchboard/contracts';
import { runService } from '@switchboard/service-runtime';
import {
  injector,
  serviceStores,
  publishApplied as sharedPublishApplied,
  type TestUser,
  team,
  userCreated,
  waitFor,
} from '@switchboard/testing';
import { asc, eq } from 'drizzle-orm';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { agents, outbox } from '../../src/data/schema.js';
import { presenceService } from '../../src/service.js';

type Role = TestUser['role'];
export type Member = TestUser & { token: string };

/**
 * The presence app in process over its own database and vhost, with its outbox relay, consumer and
 * offline sweep running: users are announced to it the way auth does, by user.created events.
 */
export async function startPresence(env: Record<string, string> = {}) {
  const stores = await serviceStores('presence', runMigrations);
  const { issuer } = stores;
  const config = readConfig({
    ...stores.env,
    HEARTBEAT_KEY_PREFIX: `sbt:${randomBytes(4).toString('hex')}:`,
    ...env,
  });
  // The offline sweep runs; the tests close idle sessions themselves, at the times they choose.
  const service = await runService(presenceService(config), { only: ['presenceSweep'] });
  const { app, deps, bus } = service;

  const call = injector<Member>(app);

  /** A user of `tenantId`, announced by user.created and known to the presence service once this resolves. */
  const member = async (tenantId: string, role: Role, department = 'Support'): Promise<Member> => {
    const { userId, event } = userCreated(tenantId, role, department);
    await bus.publish([event]);
    const known = async () => (await deps.db.select().from(agents).where(eq(agents.agentId, userId))).length;
    await waitFor(`agent ${userId} known`, known);
    return { userId, tenantId, role, token: await issuer.tokenFor({ userId, tenantId, role }) };
  };

  /** Events as other services publish them, applied by the time this resolves. */
  const publishApplied = (events: Envelope[]) => sharedPublishApplied(bus, deps.db, events);

  /** A gateway's socket.connected / socket.disconnected for one tab of `m`. */
  // The test's stand-in gateway is alive for the whole run (its heartbeat key has no expiry).
  await deps.redis.set(gatewayHeartbeatKey(config.HEARTBEAT_KEY_PREFIX, 'gw-test'), 'alive');
  /** A socket event as a gateway reports it; `gatewayId` defaults to the live stand-in gateway. */
  const socket = (m: Member, socketId: string, what: 'connected' | 'disconnected', gatewayId = 'gw-test') => {
    const at = new Date().toISOString();
    const base = { userId: m.userId, socketId, gatewayId, ip: null, userAgent: null };
    const origin = { tenantId: m.tenantId, correlationId: `socket-${socketId}` };
    return publishApplied([
      what === 'connected'
        ? newEvent('socket.connected', { ...base, connectedAt: at }, origin, 'gateway')
        : newEvent(
            'socket.disconnected',
            { ...base, disconnectedAt: at, reason: 'transport close' },
            origin,
            'gateway',
          ),
    ]);
  };

  /** The events presence recorded in its outbox, in publish order, optionally of one agent. */
  const recorded = async (agentId?: string) => {
    const rows = await deps.db.select().from(outbox).orderBy(asc(outbox.seq));
    const events = rows.map((r) => r.envelope as Envelope<Record<string, unknown>>);
    return agentId ? events.filter((e) => e.data.agentId === agentId) : events;
  };

  /** A tenant with an admin, a supervisor, two agents and a viewer. */
  const tenant = () => team(member);

  const stop = async () => {
    await deps.redis.del(gatewayHeartbeatKey(config.HEARTBEAT_KEY_PREFIX, 'gw-test'));
    await service.stop();
    await stores.remove();
  };
  return { app, deps, bus, call, member, tenant, issuer, publishApplied, socket, recorded, stop };
}

export type PresenceHarness = Awaited<ReturnType<typeof startPresence>>;
export type Team = Awaited<ReturnType<PresenceHarness['tenant']>>;
