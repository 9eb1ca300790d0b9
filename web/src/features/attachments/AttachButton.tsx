import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingFiles } from './pending-files.js';
import './attachments.css';

/** The composer's paper clip, and a chip per chosen file with its progress and a remove button. */
export function AttachButton({ pending }: { pending: PendingFiles }) {
  const { t } = useTranslation('attachments');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('attach')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t('choose')}
        data-testid="attach-input"
        onChange={(e) => {
          pending.add(e.target.files ?? []);
          e.target.value = '';
        }}
      />
    </>
  );
}

export function PendingFileChips({ pending }: { pending: PendingFiles }) {
  const { t } = useTranslation('attachments');
  if (pending.files.length === 0) return null;
  return (
    <ul className="file-chips" aria-label={t('pending')}>
      {pending.files.map((f) => (
        <li key={f.key} className={`file-chip file-${f.state}`} data-testid="pending-file">
          <span className="file-name">{f.name}</span>
          {f.state === 'uploading' && (
            <progress max={1} value={f.progress} aria-label={t('uploading', { name: f.name })} />
          )}
          {f.state === 'failed' && <span role="alert">{f.error}</span>}
          <button
            type="button"
            aria-label={t('remove', { name: f.name })}
            onClick={() => pending.remove(f.key)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
