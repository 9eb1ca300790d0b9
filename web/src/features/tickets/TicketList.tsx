import { useState } from 'react';
import { NavLink } from 'react-router';
import { Badge, QueryState, timeOf } from '../../components/ui.js';
import { statusLabel } from '../../lib/transitions.js';
import { type TicketFilters, useTickets } from './api.js';
import { PriorityFilter, StatusFilter } from './TicketFilters.js';

type Props = { title: string; base: string; fixed: TicketFilters; emptyText: string };

/** A queue of tickets with status and priority filters and a search box. */
export function TicketList({ title, base, fixed, emptyText }: Props) {
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [q, setQ] = useState('');
  const query = useTickets({ ...fixed, status, priority, q: q.trim() || undefined, sort: '-updatedAt' });
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
            <input type="search" placeholder="Search…" value={q} onChange={(e) => setQ(e.target.value)} />
          </label>
          <StatusFilter
            label={`Status in ${title}`}
            anyText="Any status"
            value={status}
            onChange={setStatus}
          />
          <PriorityFilter label={`Priority in ${title}`} value={priority} onChange={setPriority} />
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
    </section>
  );
}
