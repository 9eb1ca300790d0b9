import { useState } from 'react';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, Grid, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useAutomate, useBreaches } from './api.js';

const targetLabel = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
};

/** SLA breaches of the last hours, and the escalation ladder one rung up (POST /api/sla/automate). */
export function Breaches({ canAutomate }: { canAutomate: boolean }) {
  const [hours, setHours] = useState(24);
  const [page, setPage] = useState(1);
  const breaches = useBreaches(hours, page);
  const automate = useAutomate();
  const names = useNames();
  const list = breaches.data?.data ?? [];
  return (
    <section aria-labelledby="breaches-title">
      <header className="queue-head">
        <h2 id="breaches-title">SLA breaches</h2>
        <div className="filters">
          <label>
            <span className="sr-only">Window</span>
            <select
              value={hours}
              onChange={(e) => {
                setHours(Number(e.target.value));
                setPage(1);
              }}
            >
              <option value={1}>Last hour</option>
              <option value={24}>Last 24 hours</option>
              <option value={168}>Last 7 days</option>
            </select>
          </label>
          {canAutomate && (
            <button
              type="button"
              className="primary"
              disabled={automate.isPending}
              onClick={() => automate.mutate()}
            >
              Run escalation
            </button>
          )}
        </div>
      </header>
      {automate.isError && <Failure error={automate.error} />}
      {automate.data && (
        <div className="card result" role="status">
          <strong>
            Escalated {automate.data.escalated} ticket{automate.data.escalated === 1 ? '' : 's'}.
          </strong>
          {automate.data.actions.length > 0 && (
            <ul>
              {automate.data.actions.map((a) => (
                <li key={`${a.ticketId}-${a.action}`}>
                  {a.action.replace('_', ' ')} (level {a.level}, {a.priority}
                  {a.assigneeId ? `, ${names(a.assigneeId)}` : ''}): {a.outcome.replaceAll('_', ' ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <QueryState query={breaches} empty={list.length === 0} emptyText="No breaches in this window.">
        <Grid columns={['Ticket', 'Target', 'Breached', 'Priority', 'Assignee']}>
          {list.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <Link to={`/console/queue/${b.ticketId}`}>{b.ticket.subject}</Link>
              </th>
              <td>
                <Badge tone="breached">{targetLabel[b.target]}</Badge>
              </td>
              <td>{dateTimeOf(b.crossedAt)}</td>
              <td>{b.ticket.priority}</td>
              <td>{names(b.ticket.assigneeId)}</td>
            </tr>
          ))}
        </Grid>
        <Pager page={page} totalPages={breaches.data?.meta.totalPages ?? 1} onPage={setPage} />
      </QueryState>
    </section>
  );
}
