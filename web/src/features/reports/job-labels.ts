import type { Job } from '@switchboard/contracts';
import { formatBytes, formatPeriod, NONE } from './format.js';

const reports: Record<string, string> = {
  team: 'Team report',
  agent: 'Agent report',
  tickets: 'Tickets report',
};
const kinds: Record<string, string> = {
  EXCEL_EXPORT: 'Excel export',
  EMAIL_REPORT: 'Emailed report',
  NOTIFICATION: 'Notice',
};

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What a job is, from what was asked (payload) and what it produced (result). */
export function describeJob(job: Job) {
  const p = job.payload ?? {};
  const [from, to] = [text(p.from), text(p.to)];
  const file = (job.result?.file ?? null) as { size?: number } | null;
  const recipients = Array.isArray(p.recipients) ? (p.recipients as string[]) : [];
  return {
    kind: kinds[job.type] ?? job.type,
    report: reports[text(p.report) ?? ''] ?? text(p.subject) ?? NONE,
    period: from && to ? formatPeriod(from, to) : NONE,
    recipients: recipients.length ? recipients.join(', ') : NONE,
    size: typeof file?.size === 'number' ? formatBytes(file.size) : NONE,
  };
}
