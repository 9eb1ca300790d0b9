import { type Envelope, newEvent } from '@switchboard/contracts';
import { connectBus, startOutboxRelay } from '@switchboard/event-bus';
import {
  createTestDatabase,
  createTestVhost,
  injector,
  publishApplied as sharedPublishApplied,
  startTokenIssuer,
  type TestUser,
  team,
  userCreated,
  waitFor,
} from '@switchboard/testing';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { agents } from '../../src/data/schema.js';
import { subscribe } from '../../src/messaging/subscriptions.js';
import { openDeps } from '../../src/wiring.js';

type Role = TestUser['role'];
export type Member = TestUser & { token: string };

/**
 * The ticket app in process over its own database and vhost, with its outbox relay and consumer
 * running: users are announced to it the way auth does, by user.created events on the bus.
 */
export async function startTickets(env: Record<string, string> = {}) {
  const [database, vhost, issuer] = await Promise.all([
    createTestDatabase('tickets'),
    createTestVhost('tickets'),
    startTokenIssuer(),
  ]);
  await runMigrations(database.url);
  const config = readConfig({
    ...process.env,
    DATABASE_URL: database.url,
    AMQP_URL: vhost.url,
    AUTH_URL: issuer.url,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  let connected = () => false;
  const { deps, close } = openDeps(config, () => connected());
  const bus = connectBus({ url: vhost.url, logger: deps.logger, name: 'tickets-test' });
  connected = () => bus.isConnected();
  const consumer = await subscribe(bus, deps.db, deps.assigner);
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  const app = await buildApp(deps);
  await app.ready();

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
    await app.close();
    await relay.stop();
    await consumer.stop();
    await bus.close();
    await close();
    await issuer.stop();
    await Promise.all([database.drop(), vhost.remove()]);
  };
  return { app, deps, bus, call, member, tenant, issuer, publishApplied, ready, stop };
}

export type TicketsHarness = Awaited<ReturnType<typeof startTickets>>;
export type Team = Awaited<ReturnType<TicketsHarness['tenant']>>;
