import { randomBytes } from 'node:crypto';
import { type Agent, type Envelope, newEvent, type Role, uuidv7 } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { createTestDatabase } from './databases.js';
import { startTokenIssuer } from './token-issuer.js';
import { createTestVhost } from './vhosts.js';
import { waitFor } from './wait-for.js';

/*
 * Pieces every service's component-test harness shares: announcing users the way auth does,
 * waiting until the service under test has applied events, and calling its app in process.
 */

/**
 * Fresh stores for one service under test — its own database (brought up to date by `migrate`)
 * and vhost — and a token issuer standing in for auth; `env` points the service's config at them.
 * The service runs as in production (runService); `remove` lets go of the stores afterwards.
 */
export async function serviceStores(service: string, migrate: (databaseUrl: string) => Promise<void>) {
  const [database, vhost, issuer] = await Promise.all([
    createTestDatabase(service),
    createTestVhost(service),
    startTokenIssuer(),
  ]);
  await migrate(database.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0', // tests call the app in process; many files run at once
    DATABASE_URL: database.url,
    AMQP_URL: vhost.url,
    AUTH_URL: issuer.url,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
  };
  const remove = async () => {
    await issuer.stop();
    await Promise.all([database.drop(), vhost.remove()]);
  };
  return { database, vhost, issuer, env, remove };
}

/** A user.created event for a fresh user of `tenantId`, as the auth service publishes it. */
export function userCreated(tenantId: string, role: Role, department = 'Support') {
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
  return { userId, event: newEvent('user.created', agent, { tenantId, correlationId: 'test' }, 'auth') };
}

/** Publishes `events` and resolves once the service's consumer has applied every one of them. */
export async function publishApplied(
  bus: { publish(events: readonly Envelope[]): Promise<void> },
  // biome-ignore lint/suspicious/noExplicitAny: any service's drizzle database
  db: PgDatabase<any, any, any>,
  events: Envelope[],
) {
  await bus.publish(events);
  const ids = events.map((e) => e.id);
  // The event bus's inbox table, read by name: this package must not depend on the bus (the bus's
  // own tests use this package).
  const applied = async () => {
    const result = await db.execute(
      sql`select count(*)::int as n from processed_events where event_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    return (result as unknown as { rows: { n: number }[] }).rows[0]?.n === ids.length;
  };
  await waitFor('events applied', applied);
}

type Injectable = {
  inject(opts: { method: 'GET'; url: string; payload?: object; headers: Record<string, string> }): Promise<{
    statusCode: number;
    body: string;
    // biome-ignore lint/suspicious/noExplicitAny: test bodies are whatever JSON the service answered
    json(): any;
  }>;
};

/** `call(method, url, {as, body, headers})` against an app in process, as the user `as`. */
export function injector<M extends { token: string }>(app: Injectable) {
  return async (
    method: string,
    url: string,
    opts: { as?: M; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      headers: { ...(opts.as ? { authorization: `Bearer ${opts.as.token}` } : {}), ...opts.headers },
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };
}

/** A tenant with an admin, a supervisor, two agents and a viewer, made by `member`. */
export async function team<M>(member: (tenantId: string, role: Role) => Promise<M>) {
  const tenantId = uuidv7();
  const [admin, supervisor, agent, otherAgent, viewer] = await Promise.all([
    member(tenantId, 'admin'),
    member(tenantId, 'supervisor'),
    member(tenantId, 'agent'),
    member(tenantId, 'agent'),
    member(tenantId, 'viewer'),
  ]);
  return { tenantId, admin, supervisor, agent, otherAgent, viewer };
}

type Member = { userId: string };

/** A `team` as a demo seed sees its tenant: the supervisor and both agents (service-runtime's DemoTenant). */
export const demoTenantOf = (t: {
  tenantId: string;
  supervisor: Member;
  agent: Member;
  otherAgent: Member;
}) => ({
  tenantId: t.tenantId,
  supervisorId: t.supervisor.userId,
  agentIds: [t.agent.userId, t.otherAgent.userId],
});
