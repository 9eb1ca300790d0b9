import { useState } from 'react';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, dateTimeOf, Failure, QueryState } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useHelpRequests, useMoveHelp } from './api.js';

/** Agents' help requests: a supervisor accepts one, then resolves it. */
export function HelpRequests({ canAct }: { canAct: boolean }) {
  const [status, setStatus] = useState('open');
  const [page, setPage] = useState(1);
  const requests = useHelpRequests(status, page);
  const move = useMoveHelp();
  const names = useNames();
  const list = requests.data?.data ?? [];
  return (
    <section aria-labelledby="help-title">
      <header className="queue-head">
        <h2 id="help-title">Help requests</h2>
        <label>
          <span className="sr-only">Help request status</span>
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setPage(1);
            }}
          >
            <option value="open">Open</option>
            <option value="accepted">Accepted</option>
            <option value="resolved">Resolved</option>
            <option value="">All</option>
          </select>
        </label>
      </header>
      {move.isError && <Failure error={move.error} />}
      <QueryState query={requests} empty={list.length === 0} emptyText="No help requests here.">
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
                      <Link to={`/console/queue/${h.ticketId}`}>Open ticket</Link>
                    </>
                  )}
                </span>
                <Badge tone={`help-${h.status}`}>{h.status}</Badge>
                {canAct && h.status === 'open' && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => move.mutate({ id: h.id, to: 'accept' })}
                  >
                    Accept
                  </button>
                )}
                {canAct && h.status !== 'resolved' && (
                  <button type="button" onClick={() => move.mutate({ id: h.id, to: 'resolve' })}>
                    Resolve
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label="Help request pages"
        page={page}
        totalPages={requests.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
