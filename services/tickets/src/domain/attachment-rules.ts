/*
 * What a file on a ticket may be, and how its name is given back (docs/api.md §4.16). Pure rules:
 * the route and the inbound action apply them to what a browser or a channel claims.
 */

/** The bare media type of a Content-Type header value, lower-cased (`text/plain; charset=x` → `text/plain`). */
export const mediaTypeOf = (contentType: string | undefined | null) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Whether `contentType` is on the allow-list; an entry `image/*` allows every image type. */
export function typeAllowed(contentType: string, allowList: string[]): boolean {
  const type = mediaTypeOf(contentType);
  if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type)) return false;
  return allowList.some((allowed) =>
    allowed.endsWith('/*') ? type.startsWith(allowed.slice(0, -1)) : allowed === type,
  );
}

/**
 * A name fit to show and to send back in Content-Disposition: no path, no control or quote
 * characters, at most 200 characters; `file` when nothing is left.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const unsafeCharacters = /[\u0000-\u001f\u007f"]/g;

export function safeFilename(name: string | undefined | null): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(unsafeCharacters, '').trim().replace(/^\.+/, '');
  return clean.slice(0, 200) || 'file';
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
