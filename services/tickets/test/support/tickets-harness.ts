import { randomBytes } from 'node:crypto';
import { type Agent, type Envelope, newEvent, uuidv7 } from '@switchboard/contracts';
import { connectBus, startOutboxRelay } from '@switchboard/event-bus';
import {
  createTestDatabase,
  createTestVhost,
  startTokenIssuer,
  type TestUser,
  waitFor,
} from '@switchboard/testing';
import { eq, inArray } from 'drizzle-orm';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { agents, processedEvents } from '../../src/data/schema.js';
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

  const call = async (method: string, url: string, opts: { as?: Member; body?: unknown } = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      headers: opts.as ? { authorization: `Bearer ${opts.as.token}` } : {},
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };

  /** A user of `tenantId`, announced by user.created and known to the ticket service once this resolves. */
  const member = async (tenantId: string, role: Role, department = 'Support'): Promise<Member> => {
    const userId = uuidv7();
    const now = new Date().toISOString();
    const tag = randomBytes(3).toString('hex');
    const agent: Agent = {
      id: userId,
      tenantId,
      username: `${role}_${tag}`,
      email: `${role}-${tag}@example.com`,
      fullName: `${role} ${tag}`,
      role,
      department,
      phone: null,
      isActive: true,
      onlineStatus: 'offline',
      lastSeen: null,
      createdAt: now,
      updatedAt: now,
    };
    await bus.publish([newEvent('user.created', agent, { tenantId, correlationId: 'test' }, 'auth')]);
    await waitFor(
      `agent ${userId} known`,
      async () => (await deps.db.select().from(agents).where(eq(agents.agentId, userId))).length,
    );
    return { userId, tenantId, role, token: await issuer.tokenFor({ userId, tenantId, role }) };
  };

  /** Presence events as the presence service publishes them, applied by the time this resolves. */
  const publishApplied = async (events: Envelope[]) => {
    await bus.publish(events);
    const ids = events.map((e) => e.id);
    const applied = async () =>
      (await deps.db.select().from(processedEvents).where(inArray(processedEvents.eventId, ids))).length ===
      ids.length;
    await waitFor('events applied', applied);
  };
  /** The member clocks in and comes online: available for auto-assignment. */
  const ready = (m: Member, at = new Date().toISOString()) => {
    const origin = { tenantId: m.tenantId, correlationId: `presence-${m.userId}` };
    return publishApplied([
      newEvent('agent.clocked_in', { agentId: m.userId, at }, origin, 'presence'),
      newEvent('agent.status_changed', { agentId: m.userId, status: 'online', at }, origin, 'presence'),
    ]);
  };

  /** A tenant with an admin, a supervisor, two agents and a viewer. */
  const tenant = async () => {
    const tenantId = uuidv7();
    const [admin, supervisor, agent, otherAgent, viewer] = await Promise.all([
      member(tenantId, 'admin'),
      member(tenantId, 'supervisor'),
      member(tenantId, 'agent'),
      member(tenantId, 'agent'),
      member(tenantId, 'viewer'),
    ]);
    return { tenantId, admin, supervisor, agent, otherAgent, viewer };
  };

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
