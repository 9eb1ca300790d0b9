import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useTickets } from '../tickets/api.js';
import { StatusActions } from '../tickets/StatusActions.js';
import { awaitsApproval } from './approval.js';

/** The waiting requests, oldest first; page 1 is also the console's count (one cached query). */
export const approvalsQuery = { status: 'RESOLUTION_REQUESTED', sort: 'updatedAt', limit: 20 };

/** Resolution requests waiting for a supervisor: approve, or reject with a reason. */
export function Approvals() {
  const me = useMe();
  const { t } = useTranslation('sla');
  const [page, setPage] = useState(1);
  const requests = useTickets({ ...approvalsQuery, page });
  const names = useNames();
  const list = requests.data?.data ?? [];
  return (
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">
        {t('approvals.title')} <span className="count">{requests.data?.meta.total ?? ''}</span>
      </h2>
      <QueryState query={requests} empty={list.length === 0} emptyText={t('approvals.empty')}>
        <ul className="cards">
          {list.map((ticket) => (
            <li key={ticket.id} className="card" data-testid="approval">
              <div className="row-meta">
                <Link to={`/console/queue/${ticket.id}`}>
                  <strong>{ticket.subject}</strong>
                </Link>
                <Badge tone={ticket.priority}>{ticket.priority}</Badge>
                {awaitsApproval(ticket) && <Badge tone="warning">{t('queue.needsApproval')}</Badge>}
                <span>{ticket.customer?.name ?? t('approvals.internal')}</span>
                <span>
                  {t('approvals.requested', {
                    agent: names(ticket.assigneeId),
                    at: dateTimeOf(ticket.updatedAt),
                  })}
                </span>
              </div>
              <StatusActions ticket={ticket} actor={{ id: me.id, role: me.role }} />
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label={t('approvals.pages')}
        page={page}
        totalPages={requests.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
