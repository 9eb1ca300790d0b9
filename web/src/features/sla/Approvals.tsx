import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useTickets } from '../tickets/api.js';
import { StatusActions } from '../tickets/StatusActions.js';

/** The waiting requests, oldest first; page 1 is also the console's count (one cached query). */
export const approvalsQuery = { status: 'RESOLUTION_REQUESTED', sort: 'updatedAt', limit: 20 };

/** Resolution requests waiting for a supervisor: approve, or reject with a reason. */
export function Approvals() {
  const me = useMe();
  const [page, setPage] = useState(1);
  const requests = useTickets({ ...approvalsQuery, page });
  const names = useNames();
  const list = requests.data?.data ?? [];
  return (
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">
        Approvals <span className="count">{requests.data?.meta.total ?? ''}</span>
      </h2>
      <QueryState query={requests} empty={list.length === 0} emptyText="No resolution requests are waiting.">
        <ul className="cards">
          {list.map((t) => (
            <li key={t.id} className="card" data-testid="approval">
              <div className="row-meta">
                <Link to={`/console/queue/${t.id}`}>
                  <strong>{t.subject}</strong>
                </Link>
                <Badge tone={t.priority}>{t.priority}</Badge>
                <span>{t.customer?.name ?? 'Internal'}</span>
                <span>
                  {names(t.assigneeId)} · requested {dateTimeOf(t.updatedAt)}
                </span>
              </div>
              <StatusActions ticket={t} actor={{ id: me.id, role: me.role }} />
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label="Approval pages"
        page={page}
        totalPages={requests.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
