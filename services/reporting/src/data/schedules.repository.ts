import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import { reportSchedules, scheduleRuns } from './schema.js';

export type ScheduleRow = typeof reportSchedules.$inferSelect;

export const insertSchedule = async (tx: Tx, row: typeof reportSchedules.$inferInsert) =>
  (await tx.insert(reportSchedules).values(row).returning())[0] as ScheduleRow;

export const schedulesOf = (tx: Tx, tenantId: string) =>
  tx
    .select()
    .from(reportSchedules)
    .where(eq(reportSchedules.tenantId, tenantId))
    .orderBy(desc(reportSchedules.createdAt));

/** Every tenant's schedules: the scheduler goes through them all. */
export const allSchedules = (tx: Tx) => tx.select().from(reportSchedules);

export async function deleteSchedule(tx: Tx, tenantId: string, id: string) {
  const gone = await tx
    .delete(reportSchedules)
    .where(and(eq(reportSchedules.id, id), eq(reportSchedules.tenantId, tenantId)))
    .returning({ id: reportSchedules.id });
  return gone.length > 0;
}

/**
 * Claims a schedule's period: true for the one transaction that inserted the row; a concurrent
 * one waits on it and finds the conflict. The job id is filled in once the job is queued.
 */
export async function claimPeriod(tx: Tx, s: ScheduleRow, periodStart: string, jobId: string) {
  const rows = await tx
    .insert(scheduleRuns)
    .values({ scheduleId: s.id, tenantId: s.tenantId, periodStart, jobId })
    .onConflictDoNothing()
    .returning({ scheduleId: scheduleRuns.scheduleId });
  return rows.length > 0;
}

export async function recordRunJob(tx: Tx, scheduleId: string, periodStart: string, jobId: string) {
  await tx
    .update(scheduleRuns)
    .set({ jobId })
    .where(and(eq(scheduleRuns.scheduleId, scheduleId), eq(scheduleRuns.periodStart, periodStart)));
}

export const runsOf = (tx: Tx, scheduleId: string) =>
  tx.select().from(scheduleRuns).where(eq(scheduleRuns.scheduleId, scheduleId));
