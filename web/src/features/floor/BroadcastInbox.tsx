import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.js';
import { dateTimeOf, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useAcknowledge, useBroadcasts } from './api.js';

/** An agent's broadcasts, newest first, each acknowledged once. */
export function BroadcastInbox() {
  const { t } = useTranslation('floor');
  const [page, setPage] = useState(1);
  const broadcasts = useBroadcasts(page);
  const ack = useAcknowledge();
  const names = useNames();
  const list = broadcasts.data?.data ?? [];
  const unread = list.filter((b) => !b.acknowledgedAt).length;
  return (
    <section className="panel" aria-labelledby="inbox-title">
      <h2 id="inbox-title">
        {t('inbox.title')}{' '}
        {unread > 0 && <span className="count count-alert">{t('inbox.new', { count: unread })}</span>}
      </h2>
      <QueryState query={broadcasts} empty={list.length === 0} emptyText={t('inbox.empty')}>
        <ul className="broadcasts">
          {list.map((b) => (
            <li key={b.id} className={b.acknowledgedAt ? 'acked' : 'unacked'}>
              <p>{b.message}</p>
              <div className="row-meta">
                <span>
                  {names(b.senderId)} · {dateTimeOf(b.sentAt)}
                </span>
                {b.acknowledgedAt ? (
                  <span>{t('inbox.acknowledged')}</span>
                ) : (
                  <button type="button" disabled={ack.isPending} onClick={() => ack.mutate(b.id)}>
                    {t('inbox.acknowledge')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label={t('inbox.pages')}
        page={page}
        totalPages={broadcasts.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
