import type { AttachmentRef } from '@switchboard/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/api.js';
import { downloadAttachment, fileUrl } from './upload.js';
import './attachments.css';

const previewable = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** A picture, fetched with the user's token (an <img src> cannot send one). */
function Preview({ file }: { file: AttachmentRef }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let shown: string | undefined;
    let live = true;
    fileUrl(file.id)
      .then((u) => {
        shown = u;
        if (live) setUrl(u);
        else URL.revokeObjectURL(u);
      })
      .catch(() => {});
    return () => {
      live = false;
      if (shown) URL.revokeObjectURL(shown);
    };
  }, [file.id]);
  return url ? <img className="file-preview" src={url} alt={file.filename} /> : null;
}

const sizeOf = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** A message's files: pictures shown, every file a download. */
export function MessageAttachments({ files }: { files: AttachmentRef[] | undefined }) {
  const { t } = useTranslation('attachments');
  const [error, setError] = useState<string>();
  if (!files?.length) return null;
  return (
    <ul className="msg-files" aria-label={t('files')}>
      {files.map((f) => (
        <li key={f.id} data-testid="message-attachment">
          {previewable.has(f.contentType) && <Preview file={f} />}
          <button
            type="button"
            className="link"
            onClick={() => downloadAttachment(f).catch((err) => setError(describeError(err)))}
          >
            {t('download', { name: f.filename, size: sizeOf(f.size) })}
          </button>
        </li>
      ))}
      {error && <li role="alert">{error}</li>}
    </ul>
  );
}
