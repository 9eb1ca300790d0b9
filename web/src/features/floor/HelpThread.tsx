import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure, QueryState, timeOf } from '../../components/ui.js';
import { useNames } from '../agents/api.js';
import { useHelpThread, usePostHelpMessage } from './api.js';

/**
 * A help request's thread, for the agent who asked and for the supervisors (docs/api.md §4.10).
 * New messages arrive live: help_message refetches it. A resolved request's thread is read-only.
 */
export function HelpThread({ id, closed }: { id: string; closed: boolean }) {
  const { t } = useTranslation('floor');
  const thread = useHelpThread(id);
  const post = usePostHelpMessage(id);
  const names = useNames();
  const [body, setBody] = useState('');
  const messages = thread.data?.data ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    post.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <div className="help-thread" data-testid="help-thread">
      <QueryState query={thread} empty={messages.length === 0} emptyText={t('thread.empty')}>
        <ol className="help-thread-messages" aria-label={t('thread.title')}>
          {messages.map((m) => (
            <li key={m.id}>
              <strong>{names(m.authorId)}</strong> <span className="row-meta">{timeOf(m.createdAt)}</span>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      </QueryState>
      {!closed && (
        <form className="help-form" onSubmit={submit}>
          <label>
            <span className="sr-only">{t('thread.message')}</span>
            <input
              className="wide"
              value={body}
              maxLength={2000}
              placeholder={t('thread.message')}
              onChange={(e) => setBody(e.target.value)}
            />
          </label>
          <button type="submit" disabled={!body.trim() || post.isPending}>
            {t('thread.send')}
          </button>
        </form>
      )}
      {post.isError && <Failure error={post.error} />}
    </div>
  );
}
