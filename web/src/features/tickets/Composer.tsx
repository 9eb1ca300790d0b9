import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSocket } from '../../realtime/socket-context.js';
import { withInsertedDraft } from '../ai/assist-view.js';
import { DraftPanel } from '../ai/DraftPanel.js';
import { AttachButton, PendingFileChips } from '../attachments/AttachButton.js';
import { usePendingFiles } from '../attachments/pending-files.js';
import { useCannedPicker } from '../canned/CannedPicker.js';
import { useMentionPicker } from '../mentions/MentionPicker.js';
import { ComposerWarning } from '../viewers/ComposerWarning.js';
import { usePostMessage } from './api.js';

const REPEAT_MS = 2_000;
const QUIET_MS = 3_000;

/**
 * Reply or internal note; tells the others in the ticket that we are typing (docs/api.md §6). The
 * text moves into the thread as a pending reply at once, so the box is free even while offline.
 */
export function Composer({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const post = usePostMessage(ticketId);
  const files = usePendingFiles(ticketId);
  const [dropping, setDropping] = useState(false);
  const { socket } = useSocket();
  const box = useRef<HTMLTextAreaElement>(null);
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
  const canned = useCannedPicker(ticketId, body, onType, box);
  const mentions = useMentionPicker({
    enabled: internal,
    value: body,
    onChange: onType,
    box,
    listId: `mentions-${ticketId}`,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: stop once, when the ticket closes
  useEffect(() => stopTyping, [ticketId]);

  // The AI draft goes into the box to be edited and sent as the agent's own reply.
  const insertDraft = (draft: string) => {
    onType(withInsertedDraft(body, draft));
    box.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text || files.busy) return;
    stopTyping();
    post.mutate({ clientId: crypto.randomUUID(), body: text, internal, attachmentIds: files.ids });
    setBody('');
    files.clear();
  };

  return (
    <form
      className={`composer ${internal ? 'composer-note' : ''} ${dropping ? 'composer-dropping' : ''}`}
      onSubmit={submit}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropping(false);
        files.add(e.dataTransfer.files);
      }}
    >
      <DraftPanel ticketId={ticketId} onInsert={insertDraft} />
      <ComposerWarning ticketId={ticketId} />
      <label htmlFor={`composer-${ticketId}`} className="sr-only">
        {internal ? t('composer.noteLabel') : t('composer.replyLabel')}
      </label>
      <textarea
        ref={box}
        id={`composer-${ticketId}`}
        rows={3}
        value={body}
        placeholder={internal ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
        {...canned.inputProps}
        {...mentions.aria}
        onChange={(e) => onType(e.target.value)}
        onBlur={stopTyping}
        onKeyDown={(e) => {
          if (canned.onKeyDown(e) || mentions.onKeyDown(e)) return;
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      {canned.picker}
      {mentions.picker}
      <PendingFileChips pending={files} />
      <div className="composer-bar">
        <AttachButton pending={files} />
        <label className="check">
          <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
          {t('composer.internal')}
        </label>
        <button type="submit" className="primary" disabled={!body.trim() || files.busy}>
          {internal ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}
