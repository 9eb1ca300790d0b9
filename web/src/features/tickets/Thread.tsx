import { useEffect, useRef } from 'react';
import { Empty, timeOf } from '../../components/ui.js';
import type { ThreadMessage } from '../../realtime/cache-reducers.js';
import { useNames } from '../agents/api.js';

const deliveryMark: Record<ThreadMessage['deliveryStatus'], string> = {
  sent: '✓ Sent',
  delivered: '✓✓ Delivered',
  read: '✓✓ Read',
  failed: '✕ Failed',
};

/** The conversation: customer messages, replies with their delivery and read marks, internal notes. */
export function Thread({ messages, meId }: { messages: ThreadMessage[]; meId: string }) {
  const names = useNames();
  const end = useRef<HTMLLIElement>(null);
  // Follows the newest message only: earlier pages joined in front keep the reader's place.
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    if (newest) end.current?.scrollIntoView?.({ block: 'end' });
  }, [newest]);
  if (!newest) return <Empty>No messages yet.</Empty>;
  return (
    <ol className="thread" aria-label="Conversation">
      {messages.map((m) => {
        const author = m.authorType === 'customer' ? 'Customer' : names(m.authorId, 'System');
        const readers = (m.readBy ?? []).filter((id) => id !== m.authorId && id !== meId);
        return (
          <li key={m.id} className={`msg msg-${m.internal ? 'note' : m.authorType}`} data-testid="message">
            <div className="msg-head">
              <strong>{m.authorId === meId ? 'You' : author}</strong>
              {m.internal && <span className="note-tag">Internal note</span>}
              <time dateTime={m.createdAt}>{timeOf(m.createdAt)}</time>
            </div>
            <p className="msg-body">{m.body}</p>
            {m.authorType === 'agent' && !m.internal && (
              <div className={`msg-mark mark-${m.deliveryStatus}`}>{deliveryMark[m.deliveryStatus]}</div>
            )}
            {readers.length > 0 && (
              <div className="msg-mark">Seen by {readers.map((id) => names(id)).join(', ')}</div>
            )}
          </li>
        );
      })}
      <li ref={end} aria-hidden="true" className="thread-end" />
    </ol>
  );
}
