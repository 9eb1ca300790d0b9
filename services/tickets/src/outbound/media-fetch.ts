import { lookup } from 'node:dns/promises';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { invalidInput } from '@switchboard/contracts';
import type { IncomingFile } from '../actions/attachments.js';
import { callbackHostAllowed } from '../domain/callback-target.js';

const refused = (message: string) => invalidInput([{ field: 'media_url', message }], message);

/**
 * An inbound message's `media_url` (docs/api.md §4.6), opened for reading: http(s) only, a host
 * on the public internet (or in MEDIA_ALLOWED_HOSTS: never the metadata or loopback addresses
 * otherwise), no redirects, and the whole download within `timeoutMs`. The type and size limits
 * are the upload's, applied while the bytes are stored.
 */
export async function openMedia(
  url: string,
  name: string | undefined,
  allowedHosts: string[],
  timeoutMs: number,
): Promise<IncomingFile> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw refused('must be an http(s) URL');
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const addresses = await lookup(host, { all: true }).then(
    (found) => found.map((a) => a.address),
    () => [],
  );
  if (!callbackHostAllowed(host, addresses, allowedHosts))
    throw refused(`The media host ${host} is not reachable from here`);
  const res = await fetch(target, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) }).catch(() => {
    throw refused('The media could not be fetched');
  });
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw refused(`The media answered ${res.status}`);
  }
  return {
    filename: name ?? lastSegment(target.pathname),
    contentType: res.headers.get('content-type') ?? undefined,
    body: Readable.fromWeb(res.body as ReadableStream<Uint8Array>),
  };
}

function lastSegment(path: string) {
  const segment = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
