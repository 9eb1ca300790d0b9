import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Failure } from '../../components/ui.js';
import { useSocket } from '../../realtime/socket-context.js';
import { usePostMessage } from './api.js';

const REPEAT_MS = 2_000;
const QUIET_MS = 3_000;

/** Reply or internal note; tells the others in the ticket that we are typing (docs/api.md §6). */
export function Composer({ ticketId }: { ticketId: string }) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const post = usePostMessage(ticketId);
  const { socket } = useSocket();
  const typing = useRef({ lastStart: 0, quiet: undefined as ReturnType<typeof setTimeout> | undefined });

  const stopTyping = () => {
    clearTimeout(typing.current.quiet);
    if (typing.current.lastStart) socket?.emit('typing_stop', { ticketId });
    typing.current.lastStart = 0;
  };
  const onType = (text: string) => {
    setBody(text);
    if (!text) return stopTyping();
    const now = Date.now();
    if (now - typing.current.lastStart > REPEAT_MS) {
      socket?.emit('typing_start', { ticketId });
      typing.current.lastStart = now;
    }
    clearTimeout(typing.current.quiet);
    typing.current.quiet = setTimeout(stopTyping, QUIET_MS);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: stop once, when the ticket closes
  useEffect(() => stopTyping, [ticketId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) return;
    stopTyping();
    post.mutate({ body: text, internal }, { onSuccess: () => setBody('') });
  };

  return (
    <form className={`composer ${internal ? 'composer-note' : ''}`} onSubmit={submit}>
      <label htmlFor={`composer-${ticketId}`} className="sr-only">
        {internal ? 'Internal note' : 'Reply to the customer'}
      </label>
      <textarea
        id={`composer-${ticketId}`}
        rows={3}
        value={body}
        placeholder={internal ? 'Internal note, seen by staff only…' : 'Write a reply…'}
        onChange={(e) => onType(e.target.value)}
        onBlur={stopTyping}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      <div className="composer-bar">
        <label className="check">
          <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
          Internal note
        </label>
        {post.isError && <Failure error={post.error} />}
        <button type="submit" className="primary" disabled={!body.trim() || post.isPending}>
          {internal ? 'Add note' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
