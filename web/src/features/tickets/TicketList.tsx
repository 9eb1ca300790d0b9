import { useState } from 'react';
import { NavLink } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, QueryState, timeOf } from '../../components/ui.js';
import { statusLabel } from '../../lib/transitions.js';
import { type TicketFilters, useTickets } from './api.js';
import { PriorityFilter, StatusFilter } from './TicketFilters.js';

type Props = { title: string; base: string; fixed: TicketFilters; emptyText: string };

/** A queue of tickets with status and priority filters, a search box (every field, docs/api.md §4.3) and pages. */
export function TicketList({ title, base, fixed, emptyText }: Props) {
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };
  const query = useTickets({
    ...fixed,
    status,
    priority,
    q: q.trim() || undefined,
    sort: '-updatedAt',
    page,
  });
  const id = title.toLowerCase().replace(/\W+/g, '-');
  const tickets = query.data?.data ?? [];
  return (
    <section className="queue" aria-labelledby={`${id}-title`}>
      <header className="queue-head">
        <h2 id={`${id}-title`}>
          {title} <span className="count">{query.data?.meta.total ?? ''}</span>
        </h2>
        <div className="filters">
          <label>
            <span className="sr-only">Search {title}</span>
            <input
              type="search"
              placeholder="Subject, text, customer…"
              value={q}
              onChange={(e) => filter(setQ)(e.target.value)}
            />
          </label>
          <StatusFilter
            label={`Status in ${title}`}
            anyText="Any status"
            value={status}
            onChange={filter(setStatus)}
          />
          <PriorityFilter label={`Priority in ${title}`} value={priority} onChange={filter(setPriority)} />
        </div>
      </header>
      <QueryState query={query} empty={tickets.length === 0} emptyText={emptyText}>
        <ul className="ticket-list">
          {tickets.map((t) => (
            <li key={t.id}>
              <NavLink to={`${base}/${t.id}`} className="ticket-row">
                <span className="ticket-subject">{t.subject}</span>
                <span className="ticket-meta">
                  <Badge tone={t.priority}>{t.priority}</Badge>
                  <Badge tone={`status-${t.status}`}>{statusLabel[t.status]}</Badge>
                  <span>{t.customer?.name ?? 'Internal'}</span>
                  <time dateTime={t.updatedAt}>{timeOf(t.updatedAt)}</time>
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label={`${title} pages`}
        page={page}
        totalPages={query.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
