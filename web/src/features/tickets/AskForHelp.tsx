import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { HelpThread } from '../floor/HelpThread.js';
import { useCreateHelpRequest, useMyHelpRequest } from './api.js';
import './AskForHelp.css';

/**
 * An agent asks a supervisor for help with this ticket (docs/api.md §4.10). What became of the
 * request comes from the stored requests (refetched on help_updated), so it survives a reload.
 */
export function AskForHelp({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const ask = useCreateHelpRequest();
  const request = useMyHelpRequest(ticketId);
  const names = useNames();
  if (!open && request && request.status !== 'resolved')
    return (
      <div className="help-ask">
        <p className="note" role="status" data-testid="help-status">
          {request.status === 'open'
            ? t('help.waiting')
            : t('help.accepted', { name: names(request.acceptedBy) })}
        </p>
        <HelpThread id={request.id} closed={false} />
      </div>
    );
  if (!open)
    return (
      <span className="help-ask">
        {request?.status === 'resolved' && (
          <span className="note" role="status" data-testid="help-status">
            {t('help.resolved')}{' '}
          </span>
        )}
        <button type="button" onClick={() => setOpen(true)}>
          {t('help.ask')}
        </button>
      </span>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate({ ticketId, message: message.trim() }, { onSuccess: () => setOpen(false) });
  };
  return (
    <form className="help-form" onSubmit={submit}>
      <label>
        {t('help.question')}
        <input
          className="wide"
          value={message}
          required
          maxLength={2000}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!message.trim() || ask.isPending}>
        {t('help.send')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('help.cancel')}
      </button>
      {ask.isError && <Failure error={ask.error} />}
    </form>
  );
}
