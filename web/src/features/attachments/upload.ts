import type { AttachmentRef } from '@switchboard/contracts';
import { ApiError, authorizedFetch } from '../../lib/api.js';
import { currentSession, refreshSession } from '../../lib/session.js';

/**
 * One file to POST /api/tickets/:id/attachments (docs/api.md §4.16). XMLHttpRequest, not fetch:
 * only it reports upload progress. The user's token as api.ts uses it, renewed once on a 401.
 */
export async function uploadFile(
  ticketId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<AttachmentRef> {
  const first = await send(ticketId, file, onProgress, signal, currentSession()?.accessToken);
  if (first.status !== 401) return answer(first);
  const renewed = await refreshSession(true).catch(() => null);
  return answer(await send(ticketId, file, onProgress, signal, renewed?.accessToken));
}

type Sent = { status: number; text: string };

function send(
  ticketId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
  token: string | undefined,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/tickets/${ticketId}/attachments`);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new TypeError('network error')); // describeError: "not reachable"
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function answer({ status, text }: Sent): AttachmentRef {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (status === 201) return body as AttachmentRef;
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  throw new ApiError(status, error?.code ?? 'HTTP_ERROR', error?.message ?? `The upload answered ${status}`);
}

/** The file's bytes with the user's token, as a blob: URL the page may show or save (revoke it after). */
export async function fileUrl(attachmentId: string): Promise<string> {
  const res = await authorizedFetch(`/api/attachments/${attachmentId}`);
  if (!res.ok) throw new ApiError(res.status, 'DOWNLOAD_FAILED', `The download answered ${res.status}`);
  return URL.createObjectURL(await res.blob());
}

/** Saves the file under its own name. */
export async function downloadAttachment(file: AttachmentRef) {
  const url = await fileUrl(file.id);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
