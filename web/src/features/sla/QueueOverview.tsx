import { useEffect, useState } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, Grid, QueryState } from '../../components/ui.js';
import { formatCountdown, nextSlaDue } from '../../lib/sla-clock.js';
import { statusLabel, ticketStatuses } from '../../lib/transitions.js';
import { useNames } from '../agents/api.js';
import { useTickets } from '../tickets/api.js';
import { NewTicket } from '../tickets/NewTicket.js';
import { PriorityFilter, StatusFilter } from '../tickets/TicketFilters.js';
import { TicketView } from '../tickets/TicketView.js';
import { usePolicies, useSlaMarks } from './api.js';

// The server filters (and so pages) the open ones: a page filtered here would come up short.
const openStatuses = ticketStatuses.filter((s) => s !== 'RESOLVED' && s !== 'CLOSED').join(',');

function useNow(everyMs: number) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

/** Every open ticket with its SLA countdown and breach marks; a ticket (or the New ticket form) opens beside the list. */
export function QueueOverview({ creating = false }: { creating?: boolean }) {
  const { ticketId } = useParams();
  const me = useMe();
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [page, setPage] = useState(1);
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };
  const tickets = useTickets({ status: status || openStatuses, priority, sort: '-priority', page });
  const policies = usePolicies();
  const marks = useSlaMarks().data ?? {};
  const names = useNames();
  const now = useNow(15_000);
  const rows = tickets.data?.data ?? [];
  const policyOf = (p: string) => policies.data?.find((x) => x.priority === p);

  return (
    <div className={`split ${ticketId || creating ? 'split-open' : ''}`}>
      <section aria-labelledby="queue-title">
        <header className="queue-head">
          <h2 id="queue-title">
            Queue <span className="count">{tickets.data?.meta.total ?? ''}</span>
          </h2>
          <div className="filters">
            <StatusFilter label="Status" anyText="Open tickets" value={status} onChange={filter(setStatus)} />
            <PriorityFilter label="Priority" value={priority} onChange={filter(setPriority)} />
            {me.role !== 'viewer' && (
              <Link to="/console/queue/new" className="button primary">
                New ticket
              </Link>
            )}
          </div>
        </header>
        <QueryState query={tickets} empty={rows.length === 0} emptyText="The queue is empty.">
          <Grid columns={['Ticket', 'Priority', 'Status', 'Assignee', 'SLA']}>
            {rows.map((t) => {
              const due = nextSlaDue(t, policyOf(t.priority));
              const mark = marks[t.id];
              const left = due ? due.dueAt - now : null;
              return (
                <tr key={t.id} className={t.id === ticketId ? 'selected' : ''}>
                  <th scope="row">
                    <NavLink to={`/console/queue/${t.id}`}>{t.subject}</NavLink>
                    <small>{t.customer?.name}</small>
                  </th>
                  <td>
                    <Badge tone={t.priority}>{t.priority}</Badge>
                  </td>
                  <td>{statusLabel[t.status]}</td>
                  <td>{names(t.assigneeId)}</td>
                  <td className="sla-cell">
                    {mark?.level === 'breached' || (left !== null && left < 0) ? (
                      <Badge tone="breached">Breached</Badge>
                    ) : mark?.level === 'warning' ? (
                      <Badge tone="warning">At risk</Badge>
                    ) : null}{' '}
                    {left !== null && (
                      <span className={left < 0 ? 'overdue' : ''}>
                        {formatCountdown(left)}
                        <small>{due?.target === 'first_response' ? 'to first reply' : 'to resolve'}</small>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </Grid>
        </QueryState>
        <Pager
          label="Queue pages"
          page={page}
          totalPages={tickets.data?.meta.totalPages ?? 1}
          onPage={setPage}
        />
      </section>
      {(ticketId || creating) && (
        <aside className="side" aria-label={creating ? 'New ticket' : 'Ticket'}>
          <NavLink to="/console/queue" className="close-side">
            Close
          </NavLink>
          {ticketId ? <TicketView key={ticketId} ticketId={ticketId} /> : <NewTicket base="/console/queue" />}
        </aside>
      )}
    </div>
  );
}
