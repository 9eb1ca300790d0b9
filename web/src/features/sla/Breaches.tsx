import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, Grid, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useAutomate, useBreaches } from './api.js';
import { EscalationResult } from './EscalationResult.js';

/** SLA breaches of the last hours, and the escalation ladder one rung up (POST /api/sla/automate). */
export function Breaches({ canAutomate }: { canAutomate: boolean }) {
  const [hours, setHours] = useState(24);
  const [page, setPage] = useState(1);
  const breaches = useBreaches(hours, page);
  const automate = useAutomate();
  const names = useNames();
  const { t } = useTranslation('sla');
  const list = breaches.data?.data ?? [];
  return (
    <section aria-labelledby="breaches-title">
      <header className="queue-head">
        <h2 id="breaches-title">{t('breaches.title')}</h2>
        <div className="filters">
          <label>
            <span className="sr-only">{t('breaches.window')}</span>
            <select
              value={hours}
              onChange={(e) => {
                setHours(Number(e.target.value));
                setPage(1);
              }}
            >
              <option value={1}>{t('breaches.lastHour')}</option>
              <option value={24}>{t('breaches.lastDay')}</option>
              <option value={168}>{t('breaches.lastWeek')}</option>
            </select>
          </label>
          {canAutomate && (
            <button
              type="button"
              className="primary"
              disabled={automate.isPending}
              onClick={() => automate.mutate()}
            >
              {t('breaches.escalate')}
            </button>
          )}
        </div>
      </header>
      {automate.isError && <Failure error={automate.error} />}
      {automate.data && <EscalationResult result={automate.data} />}
      <QueryState query={breaches} empty={list.length === 0} emptyText={t('breaches.empty')}>
        <Grid
          columns={[
            t('breaches.ticket'),
            t('breaches.target'),
            t('breaches.crossed'),
            t('breaches.priority'),
            t('breaches.assignee'),
          ]}
        >
          {list.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <Link to={`/console/queue/${b.ticketId}`}>{b.ticket.subject}</Link>
              </th>
              <td>
                <Badge tone="breached">{t(`breaches.targets.${b.target}`)}</Badge>
              </td>
              <td>{dateTimeOf(b.crossedAt)}</td>
              <td>{b.ticket.priority}</td>
              <td>{names(b.ticket.assigneeId)}</td>
            </tr>
          ))}
        </Grid>
        <Pager
          label={t('breaches.pages')}
          page={page}
          totalPages={breaches.data?.meta.totalPages ?? 1}
          onPage={setPage}
        />
      </QueryState>
    </section>
  );
}
