import type { Caller } from '@switchboard/auth-verify';
import {
  type BroadcastAudienceInput,
  conflictError,
  type JobStatus,
  type JobType,
  notAllowed,
  notFoundError,
} from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { findJob, type JobRow, jobFilePath, jobView, listJobs, queueJob, retryJob } from '@switchboard/jobs';
import { findAgent } from '../data/agents.repository.js';
import type { Db } from '../data/db.js';
import type { ReportRequest } from '../exports/report-request.js';

const originOf = (caller: Caller) => ({ tenantId: caller.tenantId, correlationId: caller.correlationId });
const isStaff = (caller: Caller) => caller.role !== 'agent';

/**
 * The report an export or email may cover for this caller: an agent only their own agent report
 * (agentId defaults to them), everyone else any report of the tenant. 404 for an agent the tenant
 * does not have, so nothing is queued that can only fail.
 */
async function allowedReport(db: Db, caller: Caller, asked: ReportRequest): Promise<ReportRequest> {
  const agentId = asked.report === 'agent' ? (asked.agentId ?? caller.userId) : undefined;
  if (caller.role === 'agent' && (asked.report !== 'agent' || agentId !== caller.userId))
    throw notAllowed('Agents export only their own agent report');
  if (agentId && !(await findAgent(db, caller.tenantId, agentId))) throw notFoundError('Agent');
  return { report: asked.report, from: asked.from, to: asked.to, ...(agentId ? { agentId } : {}) };
}

/** POST /api/reports/export: an EXCEL_EXPORT job for the caller. */
export async function requestExport(db: Db, caller: Caller, asked: ReportRequest) {
  const payload = await allowedReport(db, caller, asked);
  const job = await db.transaction((tx) =>
    queueJob(tx, originOf(caller), 'reporting', {
      type: 'EXCEL_EXPORT',
      requesterId: caller.userId,
      payload,
    }),
  );
  return { jobId: job.id };
}

/** POST /api/reports/email: an EMAIL_REPORT job sending the report to `recipients`. */
export async function requestEmail(db: Db, caller: Caller, asked: ReportRequest & { recipients: string[] }) {
  const payload = { ...(await allowedReport(db, caller, asked)), recipients: asked.recipients };
  const job = await db.transaction((tx) =>
    queueJob(tx, originOf(caller), 'reporting', {
      type: 'EMAIL_REPORT',
      requesterId: caller.userId,
      payload,
    }),
  );
  return { jobId: job.id };
}

/** POST /api/jobs: a NOTIFICATION job, whose run sends the broadcast (docs/api.md §4.12). */
export async function requestNotification(
  db: Db,
  caller: Caller,
  notice: { message: string; audience: BroadcastAudienceInput },
) {
  const job = await db.transaction((tx) =>
    queueJob(tx, originOf(caller), 'reporting', {
      type: 'NOTIFICATION',
      requesterId: caller.userId,
      payload: { message: notice.message, audience: notice.audience },
    }),
  );
  return { jobId: job.id };
}

/** One job of the caller's tenant; an agent sees only the jobs they asked for. 404 otherwise. */
async function visibleJob(db: Db, caller: Caller, jobId: string): Promise<JobRow> {
  const job = await findJob(db, caller.tenantId, jobId);
  if (!job || (!isStaff(caller) && job.requesterId !== caller.userId)) throw notFoundError('Job');
  return job;
}

export const jobOf = async (db: Db, caller: Caller, jobId: string) =>
  jobView(await visibleJob(db, caller, jobId));

/** GET /api/jobs: newest first; an agent's list has only their own jobs. */
export async function jobsOf(
  db: Db,
  caller: Caller,
  query: Pagination & { type?: JobType | undefined; status?: JobStatus | undefined },
) {
  const filter = {
    type: query.type,
    status: query.status,
    requesterId: isStaff(caller) ? undefined : caller.userId,
  };
  const { rows, total } = await listJobs(db, caller.tenantId, filter, {
    limit: query.limit,
    offset: offsetOf(query),
  });
  return toPage(rows.map(jobView), total, query);
}

/** POST /api/jobs/:id/retry: a FAILED job starts over (409 for any other status). */
export async function retryFailedJob(db: Db, caller: Caller, jobId: string) {
  await visibleJob(db, caller, jobId);
  const outcome = await db.transaction((tx) => retryJob(tx, originOf(caller), 'reporting', jobId));
  if (!outcome) throw notFoundError('Job');
  if (!outcome.retried)
    throw conflictError(`Only a FAILED job is retried; this one is ${outcome.row.status}`);
  return jobView(outcome.row);
}

/** GET /api/jobs/:id/download: where a completed export's file is, and its name. */
export async function exportFileOf(db: Db, caller: Caller, jobId: string, filesDir: string) {
  const job = await visibleJob(db, caller, jobId);
  if (job.type !== 'EXCEL_EXPORT') throw conflictError('Only an export has a file to download');
  if (job.status !== 'COMPLETED') throw conflictError(`The export is ${job.status}, not COMPLETED`);
  const file = (job.result as { file?: { name?: string } } | null)?.file;
  return { path: jobFilePath(filesDir, job), name: file?.name ?? `${job.id}.xlsx` };
}
