import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useHelpRequests, useMoveHelp } from './api.js';
import { HelpThread } from './HelpThread.js';

/** Agents' help requests: a supervisor accepts one, talks it through in its thread, resolves it. */
export function HelpRequests({ canAct }: { canAct: boolean }) {
  const { t } = useTranslation('floor');
  const [status, setStatus] = useState('open');
  const [page, setPage] = useState(1);
  const requests = useHelpRequests(status, page);
  const move = useMoveHelp();
  const names = useNames();
  const list = requests.data?.data ?? [];
  return (
    <section aria-labelledby="help-title">
      <header className="queue-head">
        <h2 id="help-title">{t('help.title')}</h2>
        <label>
          <span className="sr-only">{t('help.statusFilter')}</span>
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setPage(1);
            }}
          >
            <option value="open">{t('help.status.open')}</option>
            <option value="accepted">{t('help.status.accepted')}</option>
            <option value="resolved">{t('help.status.resolved')}</option>
            <option value="">{t('help.all')}</option>
          </select>
        </label>
      </header>
      {move.isError && <Failure error={move.error} />}
      <QueryState query={requests} empty={list.length === 0} emptyText={t('help.empty')}>
        <ul className="cards">
          {list.map((h) => (
            <li key={h.id} className="card">
              <p>{h.message}</p>
              <div className="row-meta">
                <span>
                  {names(h.requesterId)} · {dateTimeOf(h.createdAt)}
                  {h.ticketId && (
                    <>
                      {' · '}
                      <Link to={`/console/queue/${h.ticketId}`}>{t('help.openTicket')}</Link>
                    </>
                  )}
                </span>
                <Badge tone={`help-${h.status}`}>{t(`help.status.${h.status}`)}</Badge>
                {canAct && h.status === 'open' && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => move.mutate({ id: h.id, to: 'accept' })}
                  >
                    {t('help.accept')}
                  </button>
                )}
                {canAct && h.status !== 'resolved' && (
                  <button type="button" onClick={() => move.mutate({ id: h.id, to: 'resolve' })}>
                    {t('help.resolve')}
                  </button>
                )}
              </div>
              <details>
                <summary>{t('thread.open')}</summary>
                <HelpThread id={h.id} closed={h.status === 'resolved'} />
              </details>
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label={t('help.pages')}
        page={page}
        totalPages={requests.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
