import type { JobStatus, JobType } from '@switchboard/contracts';
import type { AnyPgDatabase } from '@switchboard/event-bus';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { jobs } from './tables.js';

export type JobFilter = {
  type?: JobType | undefined;
  status?: JobStatus | undefined;
  /** Only this user's jobs (an agent sees their own). */
  requesterId?: string | undefined;
};

/** One job of the tenant, or undefined: another tenant's id finds nothing. */
export async function findJob(db: AnyPgDatabase, tenantId: string, jobId: string) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, tenantId)));
  return row;
}

/** The tenant's jobs, newest first, one page, with the total. */
export async function listJobs(
  db: AnyPgDatabase,
  tenantId: string,
  filter: JobFilter,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(jobs.tenantId, tenantId)];
  if (filter.type) conditions.push(eq(jobs.type, filter.type));
  if (filter.status) conditions.push(eq(jobs.status, filter.status));
  if (filter.requesterId) conditions.push(eq(jobs.requesterId, filter.requesterId));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(jobs)
      .where(where)
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(jobs).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
