import type { Ticket } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { Failure } from '../../components/ui.js';
import { ticketPath } from '../customers/paths.js';
import { useTicket, useTickets } from '../tickets/api.js';
import { useMergeTicket } from './api.js';

/**
 * The merge trail and action of a ticket (docs/api.md §4.19): a merged ticket links to the one that
 * holds its conversation now; an open one offers supervisors and admins "Merge into…".
 */
export function TicketMerge({ ticket }: { ticket: Ticket }) {
  const me = useMe();
  if (ticket.mergedIntoId) return <MergedInto targetId={ticket.mergedIntoId} />;
  const mayMerge = me.role === 'supervisor' || me.role === 'admin';
  return mayMerge && ticket.status !== 'CLOSED' ? <MergeInto ticket={ticket} /> : null;
}

function MergedInto({ targetId }: { targetId: string }) {
  const { t } = useTranslation('merge');
  const me = useMe();
  const target = useTicket(targetId);
  return (
    <p className="merged-into" role="status" data-testid="merged-into">
      {t('mergedInto')}{' '}
      <Link to={ticketPath(me.role, targetId)}>
        {target.data ? `#${target.data.number} ${target.data.subject}` : t('target')}
      </Link>
    </p>
  );
}

function MergeInto({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('merge');
  const me = useMe();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [into, setInto] = useState('');
  const candidates = useTickets({ q: q.trim(), limit: 20 }, open && q.trim() !== '');
  const merge = useMergeTicket(ticket.id);
  const options = (candidates.data?.data ?? []).filter((c) => c.id !== ticket.id && c.status !== 'CLOSED');
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = options.find((c) => c.id === into);
    if (!target || !window.confirm(t('confirm', { from: ticket.number, into: target.number }))) return;
    merge.mutate(into, { onSuccess: (kept) => navigate(ticketPath(me.role, kept.id)) });
  };
  return (
    <form className="card form merge-ticket" aria-label={t('title')} onSubmit={submit}>
      <p className="muted">{t('explain', { number: ticket.number })}</p>
      <div className="form-row">
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label={t('into')} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t('choose')}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              #{c.number} {c.subject}
            </option>
          ))}
        </select>
      </div>
      {merge.isError && <Failure error={merge.error} />}
      <div className="form-actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
        <button type="submit" className="danger" disabled={!into || merge.isPending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
