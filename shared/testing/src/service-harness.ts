import { randomBytes } from 'node:crypto';
import { type Agent, type Envelope, newEvent, type Role, uuidv7 } from '@switchboard/contracts';
import { sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { waitFor } from './wait-for.js';

/*
 * Pieces every service's component-test harness shares: announcing users the way auth does,
 * waiting until the service under test has applied events, and calling its app in process.
 */

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
