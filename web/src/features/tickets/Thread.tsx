import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/ui.js';
import { formatTime } from '../../i18n/format.js';
import type { ThreadMessage } from '../../realtime/cache-reducers.js';
import { useNames } from '../agents/api.js';
import { MessageAttachments } from '../attachments/MessageAttachments.js';
import { usePendingReplies, usePostMessage } from './api.js';
import type { PendingReply } from './pending-replies.js';
import './Thread.css';

/** A reply still on its way: greyed "Sending…", or "Not sent" with Retry. */
function Pending({ ticketId, reply }: { ticketId: string; reply: PendingReply }) {
  const { t } = useTranslation('tickets');
  const post = usePostMessage(ticketId);
  const { state, ...retry } = reply;
  return (
    <li className={`msg msg-${reply.internal ? 'note' : 'agent'} msg-pending`} data-testid="pending-message">
      <div className="msg-head">
        <strong>{t('thread.you')}</strong>
        {reply.internal && <span className="note-tag">{t('thread.internalNote')}</span>}
      </div>
      <p className="msg-body">{reply.body}</p>
      {state === 'sending' ? (
        <div className="msg-mark" role="status">
          {t('thread.sending')}
        </div>
      ) : (
        <div className="msg-mark mark-failed" role="alert">
          {t('thread.notSent')}{' '}
          <button type="button" onClick={() => post.mutate(retry)}>
            {t('thread.retry')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The conversation: customer messages, replies with their delivery and read marks, internal notes. */
export function Thread({
  ticketId,
  messages,
  meId,
}: {
  ticketId: string;
  messages: ThreadMessage[];
  meId: string;
}) {
  const { t } = useTranslation('tickets');
  const names = useNames();
  const pending = usePendingReplies(ticketId).data;
  const end = useRef<HTMLLIElement>(null);
  // Follows the newest message only: earlier pages joined in front keep the reader's place.
  const newest = pending.at(-1)?.clientId ?? messages.at(-1)?.id;
  useEffect(() => {
    if (newest) end.current?.scrollIntoView?.({ block: 'end' });
  }, [newest]);
  if (!newest) return <Empty>{t('thread.empty')}</Empty>;
  return (
    <ol className="thread" aria-label={t('thread.label')}>
      {messages.map((m) => {
        const author =
          m.authorType === 'customer' ? t('thread.customer') : names(m.authorId, t('thread.system'));
        const readers = (m.readBy ?? []).filter((id) => id !== m.authorId && id !== meId);
        return (
          <li key={m.id} className={`msg msg-${m.internal ? 'note' : m.authorType}`} data-testid="message">
            <div className="msg-head">
              <strong>{m.authorId === meId ? t('thread.you') : author}</strong>
              {m.internal && <span className="note-tag">{t('thread.internalNote')}</span>}
              <time dateTime={m.createdAt}>{formatTime(m.createdAt)}</time>
            </div>
            <p className="msg-body">{m.body}</p>
            <MessageAttachments files={m.attachments} />
            {m.authorType === 'agent' && !m.internal && (
              <div className={`msg-mark mark-${m.deliveryStatus}`}>{t(`delivery.${m.deliveryStatus}`)}</div>
            )}
            {readers.length > 0 && (
              <div className="msg-mark">
                {t('thread.seenBy', { names: readers.map((id) => names(id)).join(', ') })}
              </div>
            )}
          </li>
        );
      })}
      {pending.map((reply) => (
        <Pending key={reply.clientId} ticketId={ticketId} reply={reply} />
      ))}
      <li ref={end} aria-hidden="true" className="thread-end" />
    </ol>
  );
}
