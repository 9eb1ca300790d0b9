import type { Job } from '@switchboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, Grid } from '../../components/ui.js';
import { downloadJob, useJobs, useRetryJob } from './api.js';
import { describeJob } from './job-labels.js';
import { ReportState } from './Unavailable.js';

const types = ['EXCEL_EXPORT', 'EMAIL_REPORT', 'NOTIFICATION'];
const statuses: Job['status'][] = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'];
const columns = ['report', 'period', 'kind', 'recipients', 'status', 'size', 'updated', 'actions'];

/** Async jobs of the reporting service: filter, page, retry the failed, download exports. */
export function JobStatus({ canRetry }: { canRetry: boolean }) {
  const { t } = useTranslation('reports');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const jobs = useJobs({ type, status, page });
  const retry = useRetryJob();
  const list = jobs.data?.data ?? [];
  return (
    <section aria-labelledby="jobs-title">
      <header className="queue-head">
        <h2 id="jobs-title">{t('jobs.title')}</h2>
        <div className="filters">
          <label>
            <span className="sr-only">{t('jobs.type')}</span>
            <select
              value={type}
              onChange={(e) => {
                setType(e.target.value);
                setPage(1);
              }}
            >
              <option value="">{t('jobs.anyType')}</option>
              {types.map((k) => (
                <option key={k} value={k}>
                  {t(`jobs.types.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="sr-only">{t('jobs.status')}</span>
            <select
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                setPage(1);
              }}
            >
              <option value="">{t('jobs.anyStatus')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`jobs.statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <ReportState query={jobs} />
      {retry.error || downloadError ? <Failure error={retry.error ?? downloadError} /> : null}
      {jobs.data && list.length === 0 && <p className="empty">{t('jobs.none')}</p>}
      {list.length > 0 && (
        <Grid columns={columns.map((c) => t(`jobs.columns.${c}`))}>
          {list.map((j) => {
            const d = describeJob(j);
            return (
              <tr key={j.id} data-job-id={j.id}>
                <th scope="row">
                  {d.report}
                  <small>
                    {t('jobs.job')} <code>{j.id.slice(-8)}</code>
                  </small>
                  {j.error && <small className="error-text">{j.error}</small>}
                </th>
                <td>{d.period}</td>
                <td>{d.kind}</td>
                <td>{d.recipients}</td>
                <td>
                  <Badge tone={`job-${j.status}`}>{t(`jobs.statuses.${j.status}`)}</Badge>
                  {j.attempts > 1 && <small>{t('jobs.attempt', { count: j.attempts })}</small>}
                </td>
                <td>{d.size}</td>
                <td>{dateTimeOf(j.updatedAt)}</td>
                <td className="actions">
                  {canRetry && j.status === 'FAILED' && (
                    <button type="button" disabled={retry.isPending} onClick={() => retry.mutate(j.id)}>
                      {t('jobs.retry')}
                    </button>
                  )}
                  {j.status === 'COMPLETED' && j.type === 'EXCEL_EXPORT' && (
                    <button type="button" onClick={() => downloadJob(j).catch(setDownloadError)}>
                      {t('jobs.download')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </Grid>
      )}
      <Pager page={page} totalPages={jobs.data?.meta.totalPages ?? 1} onPage={setPage} />
    </section>
  );
}
