import type { Activity } from '@switchboard/contracts';
import { uuidv7 } from '@switchboard/contracts';
import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OnlineStatus } from '../domain/availability.js';
import type { Tx } from './db.js';
import {
  activityIntervals,
  shiftSettings,
  socketConnections,
  statusIntervals,
  workSessions,
} from './schema.js';

export type SessionRow = typeof workSessions.$inferSelect;
export type ActivityRow = typeof activityIntervals.$inferSelect;
type ActivityKind = ActivityRow['kind'];

export async function openSessionOf(tx: Tx, agentId: string): Promise<SessionRow | undefined> {
  const [row] = await tx
    .select()
    .from(workSessions)
    .where(and(eq(workSessions.agentId, agentId), isNull(workSessions.endedAt)));
  return row;
}

export async function openActivityOf(tx: Tx, agentId: string): Promise<ActivityRow | undefined> {
  const [row] = await tx
    .select()
    .from(activityIntervals)
    .where(and(eq(activityIntervals.agentId, agentId), isNull(activityIntervals.endedAt)));
  return row;
}

/** What the agent does now: the open activity, or clocked out. */
export async function currentActivity(tx: Tx, agentId: string): Promise<Activity> {
  return (await openActivityOf(tx, agentId))?.kind ?? 'clocked_out';
}

export async function startSession(tx: Tx, tenantId: string, agentId: string, at: Date): Promise<SessionRow> {
  const [row] = await tx
    .insert(workSessions)
    .values({ id: uuidv7(), tenantId, agentId, startedAt: at })
    .returning();
  if (!row) throw new Error('work session not inserted');
  return row;
}

export async function endSession(tx: Tx, agentId: string, at: Date): Promise<void> {
  await tx
    .update(workSessions)
    .set({ endedAt: at })
    .where(and(eq(workSessions.agentId, agentId), isNull(workSessions.endedAt)));
}

/** Closes the agent's open activity, if any. */
export async function endActivity(tx: Tx, agentId: string, at: Date): Promise<void> {
  await tx
    .update(activityIntervals)
    .set({ endedAt: at })
    .where(and(eq(activityIntervals.agentId, agentId), isNull(activityIntervals.endedAt)));
}

export async function startActivity(
  tx: Tx,
  session: { id: string; tenantId: string; agentId: string },
  kind: ActivityKind,
  at: Date,
  reason: string | null = null,
): Promise<void> {
  await tx.insert(activityIntervals).values({
    id: uuidv7(),
    tenantId: session.tenantId,
    agentId: session.agentId,
    sessionId: session.id,
    kind,
    reason,
    startedAt: at,
  });
}

/** Closes the open status interval and opens one for `status`. */
export async function logStatus(
  tx: Tx,
  tenantId: string,
  agentId: string,
  status: OnlineStatus,
  at: Date,
): Promise<void> {
  await tx
    .update(statusIntervals)
    .set({ endedAt: at })
    .where(and(eq(statusIntervals.agentId, agentId), isNull(statusIntervals.endedAt)));
  await tx.insert(statusIntervals).values({ id: uuidv7(), tenantId, agentId, status, startedAt: at });
}

export type SessionQuery = {
  agentId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** At most this many sessions (1000 unless given); null for all of them. */
  limit?: number | null;
};

/** The tenant's work sessions overlapping [from, to), oldest first, with their activity intervals. */
export async function listSessions(
  tx: Tx,
  tenantId: string,
  query: SessionQuery,
): Promise<{ session: SessionRow; activities: ActivityRow[] }[]> {
  const conditions: SQL[] = [eq(workSessions.tenantId, tenantId)];
  if (query.agentId) conditions.push(eq(workSessions.agentId, query.agentId));
  if (query.to) conditions.push(lt(workSessions.startedAt, query.to));
  if (query.from) {
    const overlaps = or(isNull(workSessions.endedAt), gte(workSessions.endedAt, query.from));
    if (overlaps) conditions.push(overlaps);
  }
  const select = tx
    .select()
    .from(workSessions)
    .where(and(...conditions))
    .orderBy(asc(workSessions.startedAt));
  const limit = query.limit === undefined ? 1000 : query.limit;
  const sessions = limit === null ? await select : await select.limit(limit);
  if (sessions.length === 0) return [];
  const activities = await tx
    .select()
    .from(activityIntervals)
    .where(
      and(
        eq(activityIntervals.tenantId, tenantId),
        inArray(
          activityIntervals.sessionId,
          sessions.map((s) => s.id),
        ),
      ),
    )
    .orderBy(asc(activityIntervals.startedAt));
  return sessions.map((session) => ({
    session,
    activities: activities.filter((a) => a.sessionId === session.id),
  }));
}

/** The tenant's open activities, by agent. */
export async function openActivities(tx: Tx, tenantId: string): Promise<Map<string, Activity>> {
  const rows = await tx
    .select({ agentId: activityIntervals.agentId, kind: activityIntervals.kind })
    .from(activityIntervals)
    .where(and(eq(activityIntervals.tenantId, tenantId), isNull(activityIntervals.endedAt)));
  return new Map(rows.map((r) => [r.agentId, r.kind]));
}

/**
 * Open work sessions whose agent has no open socket and neither an activity change, a socket
 * disconnect nor the clock-in itself within the tenant's idle_session_limit_minutes (30 without
 * settings) before `now`; optionally of one agent only. At most 500 per call, oldest first.
 */
export async function idleOpenSessions(
  tx: Tx,
  now: Date,
  agentId?: string,
): Promise<{ tenantId: string; agentId: string; sessionId: string; lastSignAt: Date }[]> {
  type Row = { tenant_id: string; agent_id: string; session_id: string; last_sign_at: Date | string };
  const result = await tx.execute<Row>(sql`
    with open as (
      select ws.tenant_id, ws.agent_id, ws.id as session_id, greatest(
        ws.started_at,
        (select max(ai.started_at) from ${activityIntervals} ai where ai.session_id = ws.id),
        (select max(sc.disconnected_at) from ${socketConnections} sc where sc.user_id = ws.agent_id)
      ) as last_sign_at
      from ${workSessions} ws
      where ws.ended_at is null ${agentId ? sql`and ws.agent_id = ${agentId}` : sql``}
    )
    select o.* from open o
    left join ${shiftSettings} s on s.tenant_id = o.tenant_id
    where not exists (
        select 1 from ${socketConnections} sc where sc.user_id = o.agent_id and sc.disconnected_at is null
      )
      and o.last_sign_at
        < ${now.toISOString()}::timestamptz - make_interval(mins => coalesce(s.idle_session_limit_minutes, 30))
    order by o.last_sign_at
    limit 500`);
  return result.rows.map((r) => ({
    tenantId: r.tenant_id,
    agentId: r.agent_id,
    sessionId: r.session_id,
    lastSignAt: new Date(r.last_sign_at),
  }));
}
