import { type Envelope, newEvent } from '@switchboard/contracts';
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
import { eq } from 'drizzle-orm';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { agents } from '../../src/data/schema.js';
import { ticketsService } from '../../src/service.js';

type Role = TestUser['role'];
export type Member = TestUser & { token: string };

/**
 * The ticket app in process over its own database and vhost, with its outbox relay and consumer
 * running: users are announced to it the way auth does, by user.created events on the bus.
 */
export async function startTickets(env: Record<string, string> = {}) {
  const stores = await serviceStores('tickets', runMigrations);
  const { issuer } = stores;
  const config = readConfig({ ...stores.env, ...env });
  // No background jobs: the tests run SLA scans and assignment sweeps themselves, when they choose.
  const service = await runService(ticketsService(config), { only: [] });
  const { app, deps, bus } = service;

  const call = injector<Member>(app);

  /** A user of `tenantId`, announced by user.created and known to the ticket service once this resolves. */
  const member = async (tenantId: string, role: Role, department = 'Support'): Promise<Member> => {
    const { userId, event } = userCreated(tenantId, role, department);
    await bus.publish([event]);
    const known = async () => (await deps.db.select().from(agents).where(eq(agents.agentId, userId))).length;
    await waitFor(`agent ${userId} known`, known);
    return { userId, tenantId, role, token: await issuer.tokenFor({ userId, tenantId, role }) };
  };

  /** Presence events as the presence service publishes them, applied by the time this resolves. */
  const publishApplied = (events: Envelope[]) => sharedPublishApplied(bus, deps.db, events);
  /** The member clocks in and comes online: available for auto-assignment. */
  const ready = (m: Member, at = new Date().toISOString()) => {
    const origin = { tenantId: m.tenantId, correlationId: `presence-${m.userId}` };
    return publishApplied([
      newEvent('agent.clocked_in', { agentId: m.userId, at }, origin, 'presence'),
      newEvent('agent.status_changed', { agentId: m.userId, status: 'online', at }, origin, 'presence'),
    ]);
  };

  /** A tenant with an admin, a supervisor, two agents and a viewer. */
  const tenant = () => team(member);

  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return { app, url: service.url, deps, bus, call, member, tenant, issuer, publishApplied, ready, stop };
}

export type TicketsHarness = Awaited<ReturnType<typeof startTickets>>;
export type Team = Awaited<ReturnType<TicketsHarness['tenant']>>;
