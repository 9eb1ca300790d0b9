import type { Job } from '@switchboard/contracts';
import i18n from 'i18next';
import { formatBytes, formatPeriod, NONE } from './format.js';

const reports = ['team', 'agent', 'tickets'];
const kinds = ['EXCEL_EXPORT', 'EMAIL_REPORT', 'NOTIFICATION'];

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What a job is, from what was asked (payload) and what it produced (result), in the interface language. */
export function describeJob(job: Job) {
  const p = job.payload ?? {};
  const [from, to] = [text(p.from), text(p.to)];
  const file = (job.result?.file ?? null) as { size?: number } | null;
  const recipients = Array.isArray(p.recipients) ? (p.recipients as string[]) : [];
  const report = text(p.report) ?? '';
  return {
    kind: kinds.includes(job.type) ? i18n.t(`reports:jobs.types.${job.type}`) : job.type,
    report: reports.includes(report) ? i18n.t(`reports:jobs.reports.${report}`) : (text(p.subject) ?? NONE),
    period: from && to ? formatPeriod(from, to) : NONE,
    recipients: recipients.length ? recipients.join(', ') : NONE,
    size: typeof file?.size === 'number' ? formatBytes(file.size) : NONE,
  };
}
