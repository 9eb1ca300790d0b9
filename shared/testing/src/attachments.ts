/** A file as a browser uploads it: multipart/form-data with one `file` part (docs/api.md §4.16). */
export async function uploadFile(
  baseUrl: string,
  token: string,
  ticketId: string,
  file: { bytes: Uint8Array; type: string; name: string },
) {
  const form = new FormData();
  // A copy over a plain ArrayBuffer: what the DOM's BlobPart type accepts.
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(`${baseUrl}/api/tickets/${ticketId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely
  return { status: res.status, body: (await res.json()) as any };
}

/** A file's download as a signed-in browser fetches it: the answer and every byte. */
export async function downloadFile(baseUrl: string, token: string, attachmentId: string) {
  const res = await fetch(`${baseUrl}/api/attachments/${attachmentId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}
