import { type FormEvent, useState } from 'react';
import { Failure } from '../../components/ui.js';
import { useCreateHelpRequest } from './api.js';

/** An agent asks a supervisor for help with this ticket (docs/api.md §4.10). */
export function AskForHelp({ ticketId }: { ticketId: string }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const ask = useCreateHelpRequest();
  if (ask.isSuccess && !open)
    return (
      <p className="note" role="status">
        A supervisor has been asked for help.
      </p>
    );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Ask for help
      </button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate({ ticketId, message: message.trim() }, { onSuccess: () => setOpen(false) });
  };
  return (
    <form className="help-form" onSubmit={submit}>
      <label>
        What do you need help with?
        <input
          className="wide"
          value={message}
          required
          maxLength={2000}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!message.trim() || ask.isPending}>
        Send request
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {ask.isError && <Failure error={ask.error} />}
    </form>
  );
}
