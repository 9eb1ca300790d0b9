import type { AttachmentRef } from '@switchboard/contracts';
import { useRef, useState } from 'react';
import { describeError } from '../../lib/api.js';
import { uploadFile } from './upload.js';

/** A file chosen in the composer: uploading (with its progress), stored, or refused. */
export type PendingFile = {
  key: string;
  name: string;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  stored?: AttachmentRef;
  error?: string;
};

/**
 * The composer's files: each uploads as soon as it is chosen or dropped, so sending the reply
 * only names them (attachmentIds). Removing one stops its upload.
 */
export function usePendingFiles(ticketId: string) {
  const [files, setFiles] = useState<PendingFile[]>([]);
  const aborts = useRef(new Map<string, AbortController>());
  const patch = (key: string, change: Partial<PendingFile>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const add = (chosen: Iterable<File>) => {
    for (const file of chosen) {
      const key = crypto.randomUUID();
      const abort = new AbortController();
      aborts.current.set(key, abort);
      setFiles((list) => [...list, { key, name: file.name, progress: 0, state: 'uploading' }]);
      uploadFile(ticketId, file, (progress) => patch(key, { progress }), abort.signal)
        .then((stored) => patch(key, { state: 'done', progress: 1, stored }))
        .catch((err) => {
          if (!abort.signal.aborted) patch(key, { state: 'failed', error: describeError(err) });
        })
        .finally(() => aborts.current.delete(key));
    }
  };
  const remove = (key: string) => {
    aborts.current.get(key)?.abort();
    setFiles((list) => list.filter((f) => f.key !== key));
  };
  const clear = () => setFiles([]);
  const ids = files.flatMap((f) => (f.stored ? [f.stored.id] : []));
  const busy = files.some((f) => f.state === 'uploading');
  return { files, add, remove, clear, ids, busy };
}

export type PendingFiles = ReturnType<typeof usePendingFiles>;
