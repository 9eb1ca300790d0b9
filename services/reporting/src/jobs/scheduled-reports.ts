import { uuidv7 } from '@switchboard/contracts';
import { repeat } from '@switchboard/http-kit';
import { queueJob } from '@switchboard/jobs';
import { localDateOf } from '@switchboard/time';
import type { Logger } from 'pino';
import type { Db } from '../data/db.js';
import { allSchedules, claimPeriod, recordRunJob } from '../data/schedules.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { previousPeriod } from '../domain/schedule-periods.js';

/**
 * One pass: every schedule whose last full period (in its tenant's time zone) has no run yet gets
 * an EMAIL_REPORT for it. The run row and the job are written in one transaction, and the run's
 * key (schedule, period start) lets only one of several reporting processes queue it.
 * Returns how many jobs this pass queued.
 */
export async function queueScheduledReports(db: Db, now: Date = new Date()): Promise<number> {
  let queued = 0;
  for (const schedule of await allSchedules(db)) {
    const { timeZone } = await settingsOf(db, schedule.tenantId);
    const period = previousPeriod(schedule.frequency, localDateOf(timeZone, now));
    const done = await db.transaction(async (tx) => {
      if (!(await claimPeriod(tx, schedule, period.from, uuidv7()))) return false;
      const origin = { tenantId: schedule.tenantId, correlationId: `schedule-${schedule.id}-${period.from}` };
      const payload = {
        report: schedule.report,
        ...period,
        ...(schedule.agentId ? { agentId: schedule.agentId } : {}),
        recipients: schedule.recipients,
      };
      const job = await queueJob(tx, origin, 'reporting', {
        type: 'EMAIL_REPORT',
        requesterId: null,
        payload,
      });
      await recordRunJob(tx, schedule.id, period.from, job.id);
      return true;
    });
    if (done) queued++;
  }
  return queued;
}

/** Checks the schedules every `intervalMs`. */
export const startReportScheduler = (db: Db, intervalMs: number, logger: Logger) =>
  repeat(() => queueScheduledReports(db), intervalMs, logger, 'scheduled reports failed');
