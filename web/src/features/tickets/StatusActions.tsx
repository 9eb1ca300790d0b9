import type { Ticket } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { type Actor, type StatusAction, statusActions } from '../../lib/transitions.js';
import { useUpdateTicket } from './api.js';

/** Buttons for exactly the legal moves; rejecting asks for the reason first. */
export function StatusActions({ ticket, actor }: { ticket: Ticket; actor: Actor }) {
  const { t } = useTranslation('tickets');
  const change = useUpdateTicket(ticket.id);
  // Keyed by the move (from → to): the same target reads differently from each status.
  const label = (a: StatusAction) => t(`actions.${ticket.status}.${a.to}`, { defaultValue: a.label });
  const [asking, setAsking] = useState<StatusAction | null>(null);
  const [reason, setReason] = useState('');
  const actions = statusActions(ticket, actor);
  if (actions.length === 0) return null;

  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (!asking || !reason.trim()) return;
    change.mutate(
      { status: asking.to, reason: reason.trim() },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
        },
      },
    );
  };

  return (
    <div className="status-actions">
      {!asking &&
        actions.map((a) => (
          <button
            key={`${a.to}-${a.label}`}
            type="button"
            className={a.tone ?? ''}
            disabled={change.isPending}
            onClick={() => (a.needsReason ? setAsking(a) : change.mutate({ status: a.to }))}
          >
            {label(a)}
          </button>
        ))}
      {asking && (
        <form className="reason-form" onSubmit={submitReason}>
          <label>
            {t(`actions.reason.${ticket.status}.${asking.to}`, { defaultValue: t('actions.reason.other') })}
            <input
              // biome-ignore lint/a11y/noAutofocus: the form opens on purpose to take the reason
              autoFocus
              className="wide"
              value={reason}
              required
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="danger" disabled={!reason.trim() || change.isPending}>
            {label(asking)}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            {t('actions.cancel')}
          </button>
        </form>
      )}
      {change.isError && <Failure error={change.error} />}
    </div>
  );
}
