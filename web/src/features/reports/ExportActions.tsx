import { type FormEvent, useState } from 'react';
import { Failure } from '../../components/ui.js';
import { isUnavailable } from '../../lib/api.js';
import { type ReportKind, useReportJobs } from './api.js';

type Props = { from: string; to: string; agentId?: string };

/** Excel export and emailed report: both become jobs, followed in the Job Status tab. */
export function ExportActions({ from, to, agentId }: Props) {
  const { exportExcel, email } = useReportJobs();
  const [report, setReport] = useState<ReportKind>(agentId ? 'agent' : 'team');
  const [recipients, setRecipients] = useState('');
  const scope = { report, from, ...(report === 'agent' && agentId ? { agentId } : {}) };
  const sendEmail = (e: FormEvent) => {
    e.preventDefault();
    const list = recipients.split(/[\s,;]+/).filter(Boolean);
    if (list.length) email.mutate({ ...scope, to: list });
  };
  const failure = exportExcel.error ?? email.error;
  return (
    <form className="export-bar" onSubmit={sendEmail} aria-label="Export and email">
      <label>
        Report
        <select value={report} onChange={(e) => setReport(e.target.value as ReportKind)}>
          <option value="team">Team</option>
          <option value="agent" disabled={!agentId}>
            Selected agent
          </option>
          <option value="tickets">Tickets</option>
        </select>
      </label>
      <button
        type="button"
        disabled={exportExcel.isPending}
        onClick={() => exportExcel.mutate({ ...scope, to })}
      >
        Export to Excel
      </button>
      <label>
        Email to
        <input
          type="text"
          placeholder="lead@example.com, …"
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!recipients.trim() || email.isPending}>
        Email report
      </button>
      {(exportExcel.data || email.data) && (
        <span role="status">
          Queued as job {(exportExcel.data ?? email.data)?.jobId.slice(-8)} (see Job Status).
        </span>
      )}
      {failure &&
        (isUnavailable(failure) ? (
          <span className="unavailable" role="status">
            Exports need the reporting service, which is not available yet.
          </span>
        ) : (
          <Failure error={failure} />
        ))}
    </form>
  );
}
