import type { Activity } from '@switchboard/contracts';
import { uuidv7 } from '@switchboard/contracts';
import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { OnlineStatus } from '../domain/availability.js';
import type { Tx } from './db.js';
import { activityIntervals, statusIntervals, workSessions } from './schema.js';

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

export type SessionQuery = { agentId?: string | undefined; from?: Date | undefined; to?: Date | undefined };

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
  const sessions = await tx
    .select()
    .from(workSessions)
    .where(and(...conditions))
    .orderBy(asc(workSessions.startedAt))
    .limit(1000);
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
