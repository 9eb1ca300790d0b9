import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Pager } from '../../components/Pager.js';
import { Badge, QueryState, timeOf } from '../../components/ui.js';
import { useTicketSentiments } from '../ai/api.js';
import { SentimentBadge } from '../ai/SentimentBadge.js';
import { TagChips } from '../tags/TagChips.js';
import { type TicketFilters, useTickets } from './api.js';
import { PriorityFilter, StatusFilter, TagFilter } from './TicketFilters.js';
import { TicketNumber } from './TicketNumber.js';
import './TicketList.css';

type Props = { title: string; base: string; fixed: TicketFilters; emptyText: string };

/** A queue of tickets with status and priority filters, a search box (every field, docs/api.md §4.3) and pages. */
export function TicketList({ title, base, fixed, emptyText }: Props) {
  const { t } = useTranslation('tickets');
  const { t: tr } = useTranslation('tags');
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [tag, setTag] = useState('');
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
    tag,
    q: q.trim() || undefined,
    sort: '-updatedAt',
    page,
  });
  const id = title.toLowerCase().replace(/\W+/g, '-');
  const tickets = query.data?.data ?? [];
  const sentimentOf = useTicketSentiments(tickets.map((ticket) => ticket.id));
  return (
    <section className="queue" aria-labelledby={`${id}-title`}>
      <header className="queue-head">
        <h2 id={`${id}-title`}>
          {title} <span className="count">{query.data?.meta.total ?? ''}</span>
        </h2>
        <div className="filters">
          <label>
            <span className="sr-only">{t('filters.search', { title })}</span>
            <input
              type="search"
              placeholder={t('filters.searchPlaceholder')}
              value={q}
              onChange={(e) => filter(setQ)(e.target.value)}
            />
          </label>
          <StatusFilter
            label={t('filters.status', { title })}
            anyText={t('filters.anyStatus')}
            value={status}
            onChange={filter(setStatus)}
          />
          <PriorityFilter
            label={t('filters.priority', { title })}
            value={priority}
            onChange={filter(setPriority)}
          />
          <TagFilter label={tr('filter', { title })} value={tag} onChange={filter(setTag)} />
        </div>
      </header>
      <QueryState query={query} empty={tickets.length === 0} emptyText={emptyText}>
        <ul className="ticket-list">
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <NavLink to={`${base}/${ticket.id}`} className="ticket-row">
                <span className="ticket-subject">
                  <TicketNumber number={ticket.number} /> {ticket.subject}
                </span>
                <span className="ticket-meta">
                  <Badge tone={ticket.priority}>{t(`priority.${ticket.priority}`)}</Badge>
                  <Badge tone={`status-${ticket.status}`}>{t(`status.${ticket.status}`)}</Badge>
                  <SentimentBadge sentiment={sentimentOf(ticket.id)} />
                  <TagChips tags={ticket.tags} />
                  <span>{ticket.customer?.name ?? t('internal')}</span>
                  <time dateTime={ticket.updatedAt}>{timeOf(ticket.updatedAt)}</time>
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
      </QueryState>
      <Pager
        label={t('filters.pages', { title })}
        page={page}
        totalPages={query.data?.meta.totalPages ?? 1}
        onPage={setPage}
      />
    </section>
  );
}
