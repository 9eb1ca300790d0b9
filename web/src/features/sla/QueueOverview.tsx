import type { Ticket } from '@switchboard/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Pager } from '../../components/Pager.js';
import { Badge, Grid, QueryState } from '../../components/ui.js';
import { formatCountdown, nextSlaDue, type SlaPolicy, ticksEverySecond } from '../../lib/sla-clock.js';
import { statusLabel, ticketStatuses } from '../../lib/transitions.js';
import { useNames } from '../agents/api.js';
import { useTicketSentiments } from '../ai/api.js';
import { SentimentBadge } from '../ai/SentimentBadge.js';
import { TagChips } from '../tags/TagChips.js';
import { useTickets } from '../tickets/api.js';
import { NewTicket } from '../tickets/NewTicket.js';
import { PriorityFilter, StatusFilter, TagFilter } from '../tickets/TicketFilters.js';
import { TicketNumber } from '../tickets/TicketNumber.js';
import { TicketView } from '../tickets/TicketView.js';
import { usePolicies, useSlaMarks } from './api.js';
import { awaitsApproval } from './approval.js';
import './queue.css';

// The server filters (and so pages) the open ones: a page filtered here would come up short.
const openStatuses = ticketStatuses.filter((s) => s !== 'RESOLVED' && s !== 'CLOSED').join(',');

/**
 * One clock for the whole list: every second while some countdown on it shows seconds (under an
 * hour either side of its deadline), every 15 s otherwise.
 */
function useQueueClock(rows: Ticket[], policyOf: (p: string) => SlaPolicy | undefined) {
  const [now, setNow] = useState(Date.now());
  const fast = rows.some((t) => {
    const due = nextSlaDue(t, policyOf(t.priority));
    return due !== null && ticksEverySecond(due.dueAt - now);
  });
  const everyMs = fast ? 1000 : 15_000;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Every open ticket with its SLA countdown and breach marks; a ticket (or the New ticket form) opens beside the list. */
export function QueueOverview({ creating = false }: { creating?: boolean }) {
  const { ticketId } = useParams();
  const me = useMe();
  const { t } = useTranslation('sla');
  const { t: tr } = useTranslation('tags');
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [tag, setTag] = useState('');
  const [page, setPage] = useState(1);
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };
  const tickets = useTickets({ status: status || openStatuses, priority, tag, sort: '-priority', page });
  const policies = usePolicies();
  const marks = useSlaMarks().data ?? {};
  const names = useNames();
  const rows = tickets.data?.data ?? [];
  const sentimentOf = useTicketSentiments(rows.map((ticket) => ticket.id));
  const policyOf = (p: string) => policies.data?.find((x) => x.priority === p);
  const now = useQueueClock(rows, policyOf);

  return (
    <div className={`split ${ticketId || creating ? 'split-open' : ''}`}>
      <section aria-labelledby="queue-title">
        <header className="queue-head">
          <h2 id="queue-title">
            {t('queue.title')} <span className="count">{tickets.data?.meta.total ?? ''}</span>
          </h2>
          <div className="filters">
            <StatusFilter
              label={t('queue.status')}
              anyText={t('queue.open')}
              value={status}
              onChange={filter(setStatus)}
            />
            <PriorityFilter label={t('queue.priority')} value={priority} onChange={filter(setPriority)} />
            <TagFilter
              label={tr('filter', { title: t('queue.title') })}
              value={tag}
              onChange={filter(setTag)}
            />
            {me.role !== 'viewer' && (
              <Link to="/console/queue/new" className="button primary">
                {t('queue.newTicket')}
              </Link>
            )}
          </div>
        </header>
        <QueryState query={tickets} empty={rows.length === 0} emptyText={t('queue.empty')}>
          <Grid
            columns={[
              t('queue.ticket'),
              t('queue.priority'),
              t('queue.status'),
              t('queue.assignee'),
              t('queue.sla'),
            ]}
          >
            {rows.map((ticket) => {
              const due = nextSlaDue(ticket, policyOf(ticket.priority));
              const mark = marks[ticket.id];
              const left = due ? due.dueAt - now : null;
              return (
                <tr key={ticket.id} className={ticket.id === ticketId ? 'selected' : ''}>
                  <th scope="row">
                    <NavLink to={`/console/queue/${ticket.id}`}>
                      <TicketNumber number={ticket.number} /> {ticket.subject}
                    </NavLink>
                    <small>{ticket.customer?.name}</small>
                    <SentimentBadge sentiment={sentimentOf(ticket.id)} />
                    <TagChips tags={ticket.tags} />
                  </th>
                  <td>
                    <Badge tone={ticket.priority}>{ticket.priority}</Badge>
                  </td>
                  <td>
                    {statusLabel[ticket.status]}{' '}
                    {awaitsApproval(ticket) && <Badge tone="warning">{t('queue.needsApproval')}</Badge>}
                  </td>
                  <td>{names(ticket.assigneeId)}</td>
                  <td className="sla-cell">
                    {mark?.level === 'breached' || (left !== null && left < 0) ? (
                      <Badge tone="breached">{t('queue.breached')}</Badge>
                    ) : mark?.level === 'warning' ? (
                      <Badge tone="warning">{t('queue.atRisk')}</Badge>
                    ) : null}{' '}
                    {left !== null && (
                      <span className={left < 0 ? 'overdue' : ''}>
                        {formatCountdown(left)}
                        <small>
                          {due?.target === 'first_response' ? t('queue.toFirstReply') : t('queue.toResolve')}
                        </small>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </Grid>
        </QueryState>
        <Pager
          label={t('queue.pages')}
          page={page}
          totalPages={tickets.data?.meta.totalPages ?? 1}
          onPage={setPage}
        />
      </section>
      {(ticketId || creating) && (
        <aside className="side" aria-label={creating ? t('queue.newTicket') : t('queue.ticket')}>
          <NavLink to="/console/queue" className="close-side">
            {t('queue.close')}
          </NavLink>
          {ticketId ? <TicketView key={ticketId} ticketId={ticketId} /> : <NewTicket base="/console/queue" />}
        </aside>
      )}
    </div>
  );
}
