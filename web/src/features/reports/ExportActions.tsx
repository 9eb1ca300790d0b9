import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { Failure } from '../../components/ui.js';
import { isUnavailable } from '../../lib/api.js';
import { type ReportKind, useReportJobs } from './api.js';
import { formatPeriod } from './format.js';

type Props = { from: string; to: string; agentId?: string };

/** Excel export and emailed report of exactly the period on screen; both become jobs (Job Status). */
export function ExportActions({ from, to, agentId }: Props) {
  const { t } = useTranslation('reports');
  const { exportExcel, email } = useReportJobs();
  // Sending mail is refused to viewers (docs/reporting.md), so they are not offered it.
  const canEmail = useMe().role !== 'viewer';
  const [report, setReport] = useState<ReportKind>(agentId ? 'agent' : 'team');
  const [recipients, setRecipients] = useState('');
  const [queued, setQueued] = useState<string | null>(null);
  const scope = { report, from, ...(report === 'agent' && agentId ? { agentId } : {}) };
  const onQueued = ({ jobId }: { jobId: string }) => setQueued(jobId);
  const sendEmail = (e: FormEvent) => {
    e.preventDefault();
    const list = recipients.split(/[\s,;]+/).filter(Boolean);
    if (list.length) email.mutate({ ...scope, to: list, until: to }, { onSuccess: onQueued });
  };
  const failure = exportExcel.error ?? email.error;
  return (
    <form className="export-bar" onSubmit={sendEmail} aria-label={t('export.label')}>
      <label>
        {t('export.report')}
        <select value={report} onChange={(e) => setReport(e.target.value as ReportKind)}>
          <option value="team">{t('export.team')}</option>
          <option value="agent" disabled={!agentId}>
            {t('export.agent')}
          </option>
          <option value="tickets">{t('export.tickets')}</option>
        </select>
      </label>
      <span>{formatPeriod(from, to)}</span>
      <button
        type="button"
        disabled={exportExcel.isPending}
        onClick={() => exportExcel.mutate({ ...scope, to }, { onSuccess: onQueued })}
      >
        {t('export.excel')}
      </button>
      {canEmail && (
        <>
          <label>
            {t('export.emailTo')}
            <input
              type="text"
              placeholder={t('export.emailHint')}
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
            />
          </label>
          <button type="submit" disabled={!recipients.trim() || email.isPending}>
            {t('export.email')}
          </button>
        </>
      )}
      {queued && (
        <span role="status" data-job-id={queued}>
          {t('export.queued', { job: queued.slice(-8) })}
        </span>
      )}
      {failure &&
        (isUnavailable(failure) ? (
          <span className="unavailable" role="status">
            {t('export.unavailable')}
          </span>
        ) : (
          <Failure error={failure} />
        ))}
    </form>
  );
}
