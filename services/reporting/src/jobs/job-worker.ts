import type { Bus } from '@switchboard/event-bus';
import { startJobWorker } from '@switchboard/jobs';
import { createMailer } from '@switchboard/mail';
import type { ReportingDeps } from '../deps.js';
import { reportJobHandlers } from './report-jobs.js';

/** Runs exports, report emails and notifications from `reporting-jobs.events`. */
export async function startReportingJobs(bus: Bus, deps: Pick<ReportingDeps, 'db' | 'config'>) {
  const { config } = deps;
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  const worker = await startJobWorker({
    bus,
    db: deps.db,
    producer: 'reporting',
    handlers: reportJobHandlers(deps.db, mailer),
    filesDir: config.JOB_FILES_DIR,
    retryDelayMs: config.JOB_RETRY_DELAY_MS,
  });
  return {
    stop: async () => {
      await worker.stop();
      mailer.close();
    },
  };
}
